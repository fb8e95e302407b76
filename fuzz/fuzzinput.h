#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Small helpers shared by the fuzz targets: libFuzzer hands over raw bytes.
namespace guild::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Takes the first byte (0 when there is none) and moves past it: a choice the fuzzer controls.
inline uint8_t takeByte(const uint8_t *&data, size_t &size)
{
    if (size == 0) {
        return 0;
    }
    const uint8_t b = data[0];
    ++data;
    --size;
    return b;
}

/// An invariant of the code under test: abort (the fuzzer reports the input) when it does not hold.
#define GUILD_FUZZ_CHECK(condition)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            qFatal("fuzz invariant failed: %s (%s:%d)", #condition, __FILE__, __LINE__);                               \
        }                                                                                                              \
    } while (false)

/// A wire value that decodes encodes to JSON that decodes to the same value again.
template <typename T, typename Json>
void roundTrip(const Json &object)
{
    const auto first = T::fromJson(object);
    if (!first) {
        return;
    }
    const auto encoded = first->toJson();
    const auto second = T::fromJson(encoded);
    GUILD_FUZZ_CHECK(second.has_value());
    GUILD_FUZZ_CHECK(second->toJson() == encoded);
}

} // namespace guild::fuzz
