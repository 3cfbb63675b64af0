// The efc command line: global options and subcommand dispatch.
#pragma once

namespace efc::cli {

// Parses the arguments, runs the subcommand and returns the exit code of CLI.md.
int run(int argc, char** argv);

}  // namespace efc::cli
