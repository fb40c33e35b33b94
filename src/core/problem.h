#pragma once
// What went wrong, said for a person, and where: the one error type of the
// core, for a front matter parse error, a lint finding, a broken image and a
// failed write alike; and Result, a value or the Problem why there is none,
// which core functions return instead of throwing.

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Postwright {

struct Problem
{
    QString message;
    int line = 0;   // 1-based line in the file; 0 where there is no place (a write error) or it is unknown
    int column = 0; // 1-based; 0 when unknown
};

// A T or the Problem that kept it from being made; Result<> is success or a
// Problem. Converts to true when it holds a value; value() and problem() may
// be asked only for what it holds.
template<typename T = void>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, Problem>, "a Result's value and its problem must differ in type");

public:
    Result(const T &value)
        : m_state(std::in_place_index<0>, value)
    {
    }
    Result(T &&value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Problem problem)
        : m_state(std::in_place_index<1>, std::move(problem))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Problem &problem() const { return std::get<1>(m_state); }

private:
    std::variant<T, Problem> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Problem problem)
        : m_problem(std::move(problem))
    {
    }

    bool ok() const { return !m_problem; }
    explicit operator bool() const { return ok(); }

    const Problem &problem() const { return m_problem.value(); }

private:
    std::optional<Problem> m_problem;
};

} // namespace Postwright
