using System.ComponentModel.DataAnnotations;

namespace Ingestion.Storage;

/// <summary>The <c>Storage</c> configuration section (environment: <c>Storage__Batch__MessageLimit</c> etc.).</summary>
public sealed class StorageSettings
{
    public const string Section = "Storage";

    /// <summary>
    /// The role the migrator grants the application's privileges to; by default the user of
    /// <c>ConnectionStrings:Postgres</c>. Nothing is granted when it is the migrating role itself.
    /// </summary>
    public string? ApplicationRole { get; set; }

    [Required]
    public BatchSettings Batch { get; set; } = new();

    /// <summary>
    /// Waits between in-memory retries of a write that failed for want of the database; unset, about a minute and a
    /// half in all (see <see cref="DatabaseRetry"/>). Longer outages are ridden out by redelivery (<c>Redelivery</c>).
    /// </summary>
    public TimeSpan[]? RetryIntervals { get; set; }

    public sealed class BatchSettings
    {
        /// <summary>Most messages written in one transaction.</summary>
        [Range(1, 1000)]
        public int MessageLimit { get; set; } = 100;

        /// <summary>Longest a partial batch waits for more messages.</summary>
        public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMilliseconds(100);

        /// <summary>Batches written at the same time by one replica (each on its own connection).</summary>
        [Range(1, 64)]
        public int ConcurrencyLimit { get; set; } = 2;
    }
}
