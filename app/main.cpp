#include "window/application_setup.h"

int main(int argc, char* argv[]) {
    return agrimap::runDesktopApplication(argc, argv);
}
