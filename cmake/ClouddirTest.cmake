# clouddir_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>] [LAUNCHER <cmd...>])
# Builds one Qt Test executable and registers it with ctest on the offscreen platform.
function(clouddir_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS;LAUNCHER" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test clouddir_warnings ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${ARG_NAME}>)
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8"
        LABELS "${ARG_LABELS}"
        TIMEOUT 300)
endfunction()
