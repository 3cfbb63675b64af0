# Script mode (cmake -P): the man page and the completion scripts, printed by the efc just built.
#   -DEFC=path/to/efc -DOUT=folder
# Each file is replaced only when its content changes, so that installs stay quiet.
foreach(spec "efc.1|__man" "efc.bash|completion;bash" "_efc|completion;zsh" "efc.fish|completion;fish")
  string(REPLACE "|" ";" parts "${spec}")
  list(GET parts 0 name)
  list(SUBLIST parts 1 -1 args)
  execute_process(COMMAND ${EFC} ${args} OUTPUT_FILE "${OUT}/${name}.tmp" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "efc ${args} failed (${rc})")
  endif()
  file(COPY_FILE "${OUT}/${name}.tmp" "${OUT}/${name}" ONLY_IF_DIFFERENT)
  file(REMOVE "${OUT}/${name}.tmp")
endforeach()
