// Placeholder until the application shell lands; replaced by the shell's main.cpp.
#include <QCoreApplication>
int main(int argc, char **argv) { QCoreApplication app(argc, argv); return 0; }
