#include "app.hpp"

int main(int argc, char** argv) { return efc::cli::run(argc, argv); }
