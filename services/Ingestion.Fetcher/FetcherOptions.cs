using System.ComponentModel.DataAnnotations;

namespace Ingestion.Fetcher;

public sealed class FetcherOptions
{
    public const string Section = "Fetcher";

    /// <summary>The watched folder.</summary>
    [Required(ErrorMessage = "Fetcher:InboxPath is required (environment: Fetcher__InboxPath).")]
    public string InboxPath { get; set; } = "";

    /// <summary>
    /// Also take files from folders below the inbox (hidden folders and the fetcher's own folders excepted).
    /// Off by default: only the inbox's top level is read.
    /// </summary>
    public bool IncludeSubdirectories { get; set; }

    /// <summary>Published files, in one folder per day. Default: <c>processed</c> inside the inbox.</summary>
    public string? ProcessedPath { get; set; }

    /// <summary>Files that could not be taken, each with a <c>.error.txt</c> saying why. Default: <c>failed</c> inside the inbox.</summary>
    public string? FailedPath { get; set; }

    /// <summary>Claimed files in flight. Must be on the inbox's file system so a claim is an atomic rename.</summary>
    public string? ProcessingPath { get; set; }

    /// <summary>A file is taken once it has not been written to for this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Fetcher:QuietPeriod must be between 00:00:00 and 01:00:00.")]
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the inbox is listed in full, since file system events get lost under load.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Fetcher:RescanInterval must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A claimed file whose claim is older than this (its fetcher died) is claimed again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Fetcher:ClaimTimeout must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1, 1L << 30, ErrorMessage = "Fetcher:MaxFileBytes must be between 1 and 1073741824.")]
    public long MaxFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Files read and published at once; publishing in parallel hides the broker's confirm round trip.</summary>
    [Range(1, 256, ErrorMessage = "Fetcher:MaxConcurrency must be between 1 and 256.")]
    public int MaxConcurrency { get; set; } = 32;
}
