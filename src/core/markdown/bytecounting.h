#pragma once
// Counting over every byte of a post, as the render and the lexer do at each
// keystroke: perByte is summed in fixed-size runs without a branch, which the
// compiler turns into vector instructions (a plain loop over the whole post
// it would not).

#include <QByteArrayView>
#include <QtGlobal>

namespace Postwright::ByteCounting {

// The sum of perByte(byte) (a small unsigned number) over bytes.
template<typename PerByte>
qsizetype sum(QByteArrayView bytes, PerByte perByte)
{
    const auto run = [&perByte](const unsigned char *data, qsizetype size) {
        quint32 counted = 0;
        for (qsizetype k = 0; k < size; ++k)
            counted += quint32(perByte(data[k]));
        return qsizetype(counted);
    };
    constexpr qsizetype Run = 256;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype total = 0;
    qsizetype at = 0;
    for (; at + Run <= bytes.size(); at += Run)
        total += run(data + at, Run);
    return total + run(data + at, bytes.size() - at);
}

inline qsizetype count(QByteArrayView bytes, char c)
{
    return sum(bytes, [c](unsigned char byte) { return byte == static_cast<unsigned char>(c); });
}

} // namespace Postwright::ByteCounting
