# Mermaid draws ```mermaid diagrams in the preview and at export. Debian has no
# package of it, so configuring takes npm's package (as the tests take the
# CommonMark spec) and keeps its single-file build in the build folder, from
# where the app loads it and `cmake --install` installs it. Without npm or the
# registry the build goes on: diagrams then stay code, with a note saying how
# to get Mermaid (README, "Diagrams").
set(POSTWRIGHT_MERMAID_VERSION 12.3.0 CACHE STRING "npm's mermaid package version to fetch")
set(POSTWRIGHT_MERMAID_DIR ${PROJECT_BINARY_DIR}/share/postwright/mermaid)
set(mermaid_script ${POSTWRIGHT_MERMAID_DIR}/mermaid.min.js)
set(mermaid_stamp ${POSTWRIGHT_MERMAID_DIR}/version)

set(mermaid_have "")
if(EXISTS ${mermaid_stamp})
    file(READ ${mermaid_stamp} mermaid_have)
    string(STRIP "${mermaid_have}" mermaid_have)
endif()
if(NOT EXISTS ${mermaid_script} OR NOT mermaid_have STREQUAL POSTWRIGHT_MERMAID_VERSION)
    find_program(NPM_EXECUTABLE npm)
    if(NOT NPM_EXECUTABLE)
        message(WARNING "npm not found: Mermaid diagrams stay code (scripts/setup installs npm)")
    else()
        set(work ${PROJECT_BINARY_DIR}/_deps/mermaid-fetch)
        file(REMOVE_RECURSE ${work})
        file(MAKE_DIRECTORY ${work})
        message(STATUS "Fetching mermaid ${POSTWRIGHT_MERMAID_VERSION} from npm")
        execute_process(COMMAND ${NPM_EXECUTABLE} pack --silent mermaid@${POSTWRIGHT_MERMAID_VERSION}
            WORKING_DIRECTORY ${work} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE npm_error TIMEOUT 600)
        set(tarball ${work}/mermaid-${POSTWRIGHT_MERMAID_VERSION}.tgz)
        if(rc EQUAL 0 AND EXISTS ${tarball})
            file(ARCHIVE_EXTRACT INPUT ${tarball} DESTINATION ${work}
                PATTERNS package/dist/mermaid.min.js package/LICENSE)
        endif()
        if(EXISTS ${work}/package/dist/mermaid.min.js)
            file(MAKE_DIRECTORY ${POSTWRIGHT_MERMAID_DIR})
            file(COPY ${work}/package/dist/mermaid.min.js ${work}/package/LICENSE DESTINATION ${POSTWRIGHT_MERMAID_DIR})
            file(WRITE ${mermaid_stamp} "${POSTWRIGHT_MERMAID_VERSION}\n")
        else()
            message(WARNING "could not fetch mermaid from npm (${rc}: ${npm_error}): Mermaid diagrams stay code")
        endif()
        file(REMOVE_RECURSE ${work})
    endif()
endif()
if(EXISTS ${mermaid_script})
    install(FILES ${mermaid_script} ${POSTWRIGHT_MERMAID_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/postwright/mermaid)
endif()
