// agrimap-sample-gen: the sample district committed in data-samples/ and, on demand, the
// large benchmark sets (1M, 5M parcels), deterministically from a seed.
#include "benchmark_parcels_writer.h"
#include "ogr_writing.h"
#include "sample_district_writer.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <gdal_priv.h>
#include <string>
#include <vector>

namespace {

const char* usage = "Usage:\n"
                    "  agrimap-sample-gen sample OUTDIR [--seed S]\n"
                    "  agrimap-sample-gen parcels OUT.gpkg N [--seed S] [--srs EPSG:N]\n";

int fail(const std::string& message) {
    std::fprintf(stderr, "agrimap-sample-gen: %s\n", message.c_str());
    return 2;
}

} // namespace

int main(int argc, char* argv[]) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    uint64_t seed = 2025;
    int epsg = 5897;
    std::vector<std::string> positional;
    for (size_t i = 0; i < arguments.size(); ++i) {
        if ((arguments[i] == "--seed" || arguments[i] == "--srs") && i + 1 < arguments.size()) {
            const std::string value = arguments[++i];
            if (arguments[i - 1] == "--seed")
                seed = std::strtoull(value.c_str(), nullptr, 10);
            else
                epsg = std::atoi(value.substr(value.find(':') + 1).c_str());
        } else {
            positional.push_back(arguments[i]);
        }
    }
    if (positional.empty() || positional[0] == "--help") {
        std::fputs(usage, positional.empty() ? stderr : stdout);
        return positional.empty() ? 2 : 0;
    }
    CPLSetErrorHandler(CPLQuietErrorHandler);
    GDALAllRegister();
    const auto started = std::chrono::steady_clock::now();
    try {
        if (positional[0] == "sample" && positional.size() == 2) {
            agrimap::samples::writeSampleDistrict(positional[1], seed);
            std::printf("wrote the sample district to %s\n", positional[1].c_str());
        } else if (positional[0] == "parcels" && positional.size() == 3) {
            char* end = nullptr;
            const long long count = std::strtoll(positional[2].c_str(), &end, 10);
            if (!end || *end || count <= 0)
                return fail("N must be a positive whole number, not '" + positional[2] + "'");
            if (epsg <= 0)
                return fail("--srs takes EPSG:N");
            agrimap::samples::writeBenchmarkParcels(positional[1], uint64_t(count), seed, epsg);
            std::printf("wrote %lld parcels to %s\n", count, positional[1].c_str());
        } else {
            std::fputs(usage, stderr);
            return 2;
        }
    } catch (const agrimap::samples::WriteError& error) {
        return fail(error.what());
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("took %.2f s\n", seconds);
    return 0;
}
