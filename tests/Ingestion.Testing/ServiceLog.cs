using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Ingestion.Testing;

/// <summary>
/// What in-process services logged, kept so that a failing test can show it: without it a timed-out wait says only
/// that nothing arrived, not which service gave up on what.
/// </summary>
public sealed class ServiceLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>A logger provider for one service host; its lines are marked with <paramref name="service"/>.</summary>
    public ILoggerProvider For(string service) => new Provider(this, service);

    private sealed class Provider(ServiceLog log, string service) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Writer(log, $"{service} {categoryName}");

        public void Dispose()
        {
        }
    }

    private sealed class Writer(ServiceLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}");
            log._lines.Enqueue(exception is null ? line : $"{line}{Environment.NewLine}{exception}");
        }
    }
}
