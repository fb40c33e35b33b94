#pragma once
// The figures one bench group measured, each beside its goal, and the two ways
// they are shown: a table for people and a JSON object for scripts.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace Postwright {

struct BenchGoal
{
    enum Kind { None, AtMost, Below, AtLeast };
    Kind kind = None;
    double limit = 0;

    static BenchGoal atMost(double limit) { return {AtMost, limit}; }
    static BenchGoal below(double limit) { return {Below, limit}; }
    static BenchGoal atLeast(double limit) { return {AtLeast, limit}; }

    QString text() const;
    bool isMetBy(double value) const;
};

struct BenchFigure
{
    QString name;                // also the JSON key, e.g. "render_ms"
    std::optional<double> value; // empty: could not be measured (a note says why)
    int decimals = 2;
    BenchGoal goal;

    QString valueText() const;
    QString verdict() const; // "met", "MISSED", "n/a", or empty without a goal
};

struct BenchGroup
{
    QString name; // the JSON key, e.g. "export_site"
    QList<BenchFigure> figures;
    QStringList notes;

    void add(const QString &figure, std::optional<double> value, int decimals, BenchGoal goal = {});
};

// a / b, or nothing when either is missing or b is not positive.
std::optional<double> ratioOf(std::optional<double> a, std::optional<double> b);

// The middle value (the upper one of an even count); values must not be empty.
double medianOf(std::vector<double> values);

class BenchReport
{
public:
    static void printTable(QTextStream &out, const QList<BenchGroup> &groups);
    static QByteArray json(const QList<BenchGroup> &groups);
};

} // namespace Postwright
