using MassTransit;
using Npgsql;

namespace Ingestion.Storage;

internal static class DatabaseRetry
{
    /// <summary>The failures worth another try: the database unreachable, restarting, or a deadlock.</summary>
    public static readonly Type[] TransientExceptions = [typeof(NpgsqlException), typeof(TimeoutException)];

    private static readonly TimeSpan[] DefaultIntervals =
    [
        TimeSpan.FromMilliseconds(200),
        TimeSpan.FromMilliseconds(500),
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(2),
        TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(15),
        TimeSpan.FromSeconds(20),
        TimeSpan.FromSeconds(30),
    ];

    /// <summary>
    /// Retries while PostgreSQL is unreachable or a transaction deadlocked, for about a minute and a half in all:
    /// enough to ride out a database restart without sending messages to the error queue. The messages stay
    /// unacknowledged meanwhile, far below RabbitMQ's consumer timeout (30 minutes by default). Data errors never
    /// get here: they are recorded in <c>rejects</c>. An outage longer than these retries is
    /// ridden out by redelivery through a wait queue (<see cref="Ingestion.Hosting.RedeliveryExtensions"/>).
    /// </summary>
    public static void Configure(IRetryConfigurator retry, StorageSettings settings)
    {
        retry.Handle(TransientExceptions);
        retry.Intervals(settings.RetryIntervals ?? DefaultIntervals);
    }
}
