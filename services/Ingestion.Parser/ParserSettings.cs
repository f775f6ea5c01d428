using System.ComponentModel.DataAnnotations;

namespace Ingestion.Parser;

/// <summary>The <c>Parser</c> configuration section (environment: <c>Parser__ConcurrentMessageLimit</c> etc.).</summary>
public sealed class ParserSettings
{
    public const string Section = "Parser";

    /// <summary>
    /// Messages RabbitMQ hands to one replica before it has acknowledged any. MassTransit's default (2 per core, at
    /// most 16) leaves the parser idle through each acknowledgement's round trip to the broker (docs/benchmark.md).
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "Parser:PrefetchCount must be between 1 and 10000.")]
    public int PrefetchCount { get; set; } = 64;

    /// <summary>Messages one replica parses at once; unset, two per core, since parsing is CPU-bound.</summary>
    [Range(1, 10_000, ErrorMessage = "Parser:ConcurrentMessageLimit must be between 1 and 10000.")]
    public int? ConcurrentMessageLimit { get; set; }
}
