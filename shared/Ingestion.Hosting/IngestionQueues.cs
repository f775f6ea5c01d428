namespace Ingestion.Hosting;

/// <summary>
/// The queues that consume each published event. Publishers declare and bind them too, so a message
/// published before its consumer ever started waits in the queue instead of being dropped by RabbitMQ.
/// </summary>
public static class IngestionQueues
{
    public const string Parser = "ingestion-parser";
    public const string Storage = "ingestion-storage";
    public const string Rejects = "ingestion-rejects";
}
