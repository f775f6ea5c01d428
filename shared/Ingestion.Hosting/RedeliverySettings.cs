using System.ComponentModel.DataAnnotations;

namespace Ingestion.Hosting;

/// <summary>
/// The <c>Redelivery</c> configuration section (environment: <c>Redelivery__Delay</c>, <c>Redelivery__Limit</c>): how a
/// message whose in-memory retries ran out is tried again later, for outages longer than those retries ride out.
/// </summary>
public sealed class RedeliverySettings
{
    public const string Section = "Redelivery";

    /// <summary>How long a message waits in its queue's wait queue before it is delivered again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Redeliveries before the message moves to its <c>_error</c> queue; 0 turns redelivery off.</summary>
    [Range(0, 1000)]
    public int Limit { get; set; } = 12;
}
