#include "measuredchild.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Postwright {

namespace {

constexpr char ShimOption[] = "--measure-child";

} // namespace

QString ChildMeasurement::failure() const
{
    if (!finished)
        return error;
    if (signal)
        return QStringLiteral("killed by signal %1").arg(signal);
    return QStringLiteral("exit status %1").arg(exitCode);
}

ChildMeasurement MeasuredChild::run(const QString &program, const QStringList &arguments, const QString &logPath)
{
    ChildMeasurement measurement;
    QProcess shim;
    shim.setProgram(QCoreApplication::applicationFilePath());
    shim.setArguments(QStringList{QString::fromLatin1(ShimOption), logPath, program} + arguments);
    shim.setStandardInputFile(QProcess::nullDevice());
    shim.setProcessChannelMode(QProcess::SeparateChannels);
    shim.start();
    if (!shim.waitForStarted(-1) || !shim.waitForFinished(-1)) {
        measurement.error = QStringLiteral("could not run the measuring shim: %1").arg(shim.errorString());
        return measurement;
    }
    const QByteArray report = shim.readAllStandardOutput().trimmed();
    const QList<QByteArray> fields = report.split(' ');
    if (shim.exitStatus() != QProcess::NormalExit || shim.exitCode() != 0 || fields.size() != 4) {
        measurement.error = QStringLiteral("the measuring shim failed: %1")
                                .arg(QString::fromLocal8Bit(shim.readAllStandardError().trimmed()));
        return measurement;
    }
    measurement.finished = true;
    measurement.exitCode = fields.at(0).toInt();
    measurement.signal = fields.at(1).toInt();
    measurement.wallSeconds = double(fields.at(2).toLongLong()) / 1e9;
    measurement.peakRssMb = double(fields.at(3).toLongLong()) / 1024.0; // ru_maxrss is in KiB on Linux
    return measurement;
}

QString MeasuredChild::lastLogLine(const QString &logPath)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    log.seek(std::max<qint64>(0, log.size() - 4096));
    const QList<QByteArray> lines = log.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->trimmed().isEmpty())
            return QString::fromUtf8(it->trimmed());
    return {};
}

bool MeasuredChild::isShimInvocation(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], ShimOption) == 0;
}

int MeasuredChild::shimMain(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s %s LOG PROGRAM [ARG...]\n", argv[0], ShimOption);
        return 2;
    }
    const char *logPath = argv[2];
    char **childArgv = argv + 3;

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 1;
    }
    if (pid == 0) {
        const int log = open(logPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        const int null = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (log < 0 || null < 0)
            _exit(126);
        dup2(null, STDIN_FILENO);
        dup2(log, STDOUT_FILENO);
        dup2(log, STDERR_FILENO);
        execvp(childArgv[0], childArgv);
        dprintf(STDERR_FILENO, "cannot execute %s: %s\n", childArgv[0], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("wait4");
            return 1;
        }
    }
    const qint64 wallNs = timer.nsecsElapsed();
    std::printf("%d %d %lld %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                WIFSIGNALED(status) ? WTERMSIG(status) : 0, static_cast<long long>(wallNs), usage.ru_maxrss);
    return 0;
}

} // namespace Postwright
