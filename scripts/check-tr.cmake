# cmake -DSOURCE_DIR=<repo> -P scripts/check-tr.cmake
#
# Finds user-visible string literals in ui/ that skip tr(): a literal (plain, QStringLiteral,
# QLatin1String or QString) passed straight to a setter or constructor whose text a person
# reads: setText, setWindowTitle, setToolTip, setPlaceholderText, setStatusTip, setWhatsThis,
# setTitle, setAccessibleName, setAccessibleDescription, setLabelText, showMessage,
# addTab(widget, ...), addAction(...), addMenu(...), addRow(...) and new QLabel, QPushButton,
# QCheckBox, QRadioButton, QGroupBox, QToolButton, QAction. A literal counts when, with its
# HTML tags, entities and %1-style placeholders taken out, two letters in a row remain
# ("<b>%1</b>" is markup around a translated text and passes). A line may say why a text is
# not translated with a "// not translated:" comment (a product name, a code). Also finds a
# word lower-cased into a sentence (below). Run by ctest (check_tr); prints each finding as
# FILE:LINE: text.
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "give -DSOURCE_DIR=<repository>")
endif()
# The code that builds people's text: ui/, app/ and src/ but the sandbox (whose messages are
# the API's, in English). Literals are checked in ui/; lower-cased words everywhere here.
file(GLOB_RECURSE sources "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/src/*.cpp")
list(FILTER sources EXCLUDE REGEX "/src/sandbox/")
set(setters "setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis|setTitle|setAccessibleName|setAccessibleDescription|setLabelText|showMessage|addAction|addMenu|addRow")
set(widgets "QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton|QAction")
set(literal "(QStringLiteral\\(|QLatin1String\\(|QString\\()?\"([^\"\\\\]|\\\\.)*\"")
set(findings 0)
foreach(source ${sources})
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
    set(in_ui FALSE)
    if(relative MATCHES "^ui/")
        set(in_ui TRUE)
    endif()
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # A word lower-cased into a sentence (".arg(name.toLower())") reads wrong once
        # translated: German writes its nouns capitalised ("Logo", "Telefonnummer"), and an
        # enum value lower-cased is English ("image"). Say the words as they are
        # (EnumText::words) or translate the form the sentence needs.
        if(line MATCHES "\\.arg\\([^;]*\\.toLower\\(\\)")
            message("${relative}:${number}: a word lower-cased into a sentence: say it as it is, or translate its in-sentence form")
            math(EXPR findings "${findings} + 1")
        endif()
        if(NOT in_ui OR line MATCHES "// not translated:")
            continue()
        endif()
        set(candidates "")
        string(REGEX MATCHALL "(${setters})\\(${literal}" a "${line}")
        string(REGEX MATCHALL "addTab\\([^,()]+, *${literal}" b "${line}")
        string(REGEX MATCHALL "new (${widgets})\\(${literal}" c "${line}")
        list(APPEND candidates ${a} ${b} ${c})
        foreach(candidate IN LISTS candidates)
            string(REGEX MATCH "\"([^\"\\\\]|\\\\.)*\"" text "${candidate}")
            string(REGEX REPLACE "<[^>]*>" "" bare "${text}")
            string(REGEX REPLACE "&[a-z]+;" "" bare "${bare}")
            string(REGEX REPLACE "%L?[0-9n]" "" bare "${bare}")
            string(REGEX REPLACE "\\\\[a-z]" "" bare "${bare}")
            if(bare MATCHES "[A-Za-z][A-Za-z]")
                message("${relative}:${number}: ${text} is shown to people: wrap it in tr()")
                math(EXPR findings "${findings} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()
if(findings GREATER 0)
    message(FATAL_ERROR "${findings} user-visible string(s) skip tr() or lower-case a word into a sentence")
endif()
message(STATUS "every user-visible literal in ui/ goes through tr()")
