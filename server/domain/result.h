#pragma once

#include "protocol/apierror.h"

#include <variant>

namespace guild::server {

using protocol::ApiError;

/// A domain outcome: a value or the API error that explains why not.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(ApiError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

/// For operations that produce nothing but may fail.
struct Done
{};

} // namespace guild::server
