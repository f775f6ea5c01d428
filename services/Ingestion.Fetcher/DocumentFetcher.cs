using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Ingestion.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Fetcher;

/// <summary>Takes one file from the inbox to the bus, then to <c>processed/</c>; or to <c>failed/</c> with the reason.</summary>
internal sealed partial class DocumentFetcher(
    IBus bus,
    InboxFolders folders,
    IOptions<FetcherOptions> options,
    FetcherTelemetry telemetry,
    TimeProvider clock,
    ILogger<DocumentFetcher> logger)
{
    private const string ErrorSuffix = ".error.txt";

    private readonly FetcherOptions _options = options.Value;

    /// <summary>Whether the file in the inbox has been left alone long enough to be complete.</summary>
    public bool IsSettled(FileInfo file) => clock.GetUtcNow() - file.LastWriteTimeUtc >= _options.QuietPeriod;

    public async Task FetchAsync(string inboxPath, CancellationToken cancellationToken)
    {
        var file = new FileInfo(inboxPath);
        if (!file.Exists || !IsSettled(file) || FileInUse.IsHeldByWriter(file))
        {
            // Left in the inbox: a later listing tries it again.
            return;
        }

        var claim = FileClaim.TryTake(inboxPath, file.Name, folders.Processing, clock.GetUtcNow());
        if (claim is not null)
        {
            await ProcessAsync(claim, inboxPath, cancellationToken);
        }
    }

    /// <summary>Takes over a claim whose fetcher died; whichever fetcher renames it first wins.</summary>
    public async Task ReclaimAsync(FileClaim stale, CancellationToken cancellationToken)
    {
        if (!stale.HoldsFile)
        {
            stale.Release();
            return;
        }

        var claim = stale.TryTakeOver(folders.Processing, clock.GetUtcNow());
        if (claim is not null)
        {
            LogReclaimed(claim.FileName, stale.ClaimedAt);
            await ProcessAsync(claim, Path.Combine(folders.Inbox, claim.FileName), cancellationToken);
        }
    }

    /// <summary>Doubling from 1 s, short enough next to ClaimTimeout that the renewed claim never looks stale.</summary>
    private TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempt - 1), Math.Min(30, _options.ClaimTimeout.TotalSeconds / 4)));

    public bool IsStale(FileClaim claim) => clock.GetUtcNow() - claim.ClaimedAt > _options.ClaimTimeout;

    /// <param name="inboxPath">Where the file goes back to when its writer turns out to still hold it.</param>
    private async Task ProcessAsync(FileClaim claim, string inboxPath, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        using var activity = FetcherTelemetry.StartFetch(claim.FileName);

        var (content, rejection) = await ReadAsync(claim, cancellationToken);
        if (rejection == FileRejection.StillBeingWritten)
        {
            PutBack(claim, inboxPath, activity);
            return;
        }

        if (content is null)
        {
            Fail(claim, rejection!, activity);
            return;
        }

        var documentId = Convert.ToHexStringLower(SHA256.HashData(content));
        activity?.SetTag("file.size", content.Length);
        activity?.SetTag("document.id", documentId);

        var message = new DocumentFetched
        {
            DocumentId = documentId,
            FileName = claim.FileName,
            ContentType = ContentTypes.FromFileName(claim.FileName),
            Size = content.Length,
            Content = content,
            // The first claim's time, also on a take-over or a retry: see FileClaim.
            FetchedAt = claim.TakenAt,
        };
        for (var attempt = 1; ; attempt++)
        {
            // A claim older than ClaimTimeout is taken over by other fetchers: give up well before that, so a live
            // claim is never published twice by two fetchers.
            using var publishDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            publishDeadline.CancelAfter(_options.ClaimTimeout / 2);
            try
            {
                // Publish completes once the broker confirmed it: only then may the file leave the claim.
                await bus.Publish(message, publishDeadline.Token);
                break;
            }
            catch (Exception exception)
            {
                activity?.AddException(exception);
                if (cancellationToken.IsCancellationRequested)
                {
                    // Shutting down: the claim stays, and whichever fetcher takes it over publishes the same drop.
                    throw;
                }

                // Not confirmed: the broker may still have it, so the retry must be the same drop (same claim, same
                // fetch time) for storage to record it once. Renewing the claim keeps other fetchers off it meanwhile.
                var retryIn = RetryDelay(attempt);
                LogPublishFailed(exception, claim.FileName, attempt, retryIn);
                await Task.Delay(retryIn, cancellationToken);
                if (claim.TryTakeOver(folders.Processing, clock.GetUtcNow()) is not { } renewed)
                {
                    return;
                }

                claim = renewed;
            }
        }

        var day = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var processedPath = FileArchive.MoveUnique(claim.Path, Path.Combine(folders.Processed, day), claim.FileName);
        claim.Release();
        telemetry.Fetched(clock.GetElapsedTime(started));
        LogFetched(claim.FileName, documentId, content.Length, processedPath);
    }

    private async Task<(byte[]? Content, FileRejection? Rejection)> ReadAsync(FileClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            var file = new FileInfo(claim.Path);
            if (file.LinkTarget is not null)
            {
                var target = file.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    return (null, new("broken_link", $"symbolic link to '{file.LinkTarget}', which does not exist"));
                }

                if (!IsInside(target.FullName, folders.Inbox))
                {
                    return (null, new("link_outside_inbox", $"symbolic link to '{target.FullName}', outside the inbox"));
                }

                if (target is not FileInfo targetFile)
                {
                    return (null, new("not_a_file", $"symbolic link to '{target.FullName}', which is not a file"));
                }

                file = targetFile;
            }

            if (file.Length == 0)
            {
                return (null, FileRejection.Empty);
            }

            if (file.Length > _options.MaxFileBytes)
            {
                return (null, new("too_large", $"file is {file.Length} bytes, larger than Fetcher:MaxFileBytes ({_options.MaxFileBytes})"));
            }

            var content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            return content.Length switch
            {
                0 => (null, FileRejection.Empty),
                var length when length > _options.MaxFileBytes =>
                    (null, new("too_large", $"file grew to {length} bytes while being read, larger than Fetcher:MaxFileBytes ({_options.MaxFileBytes})")),
                _ => (content, null),
            };
        }
        catch (IOException exception) when (FileInUse.IsSharingViolation(exception))
        {
            return (null, FileRejection.StillBeingWritten);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, new("unreadable", $"cannot be read: {exception.Message}"));
        }
    }

    /// <summary>
    /// Returns a file its writer opened between the check in the inbox and the read. Should a new file of the same name
    /// be there by now, the claim stays and is taken over once stale, so neither file is lost.
    /// </summary>
    private void PutBack(FileClaim claim, string inboxPath, Activity? activity)
    {
        activity?.SetTag("file.still_being_written", true);
        try
        {
            File.Move(claim.Path, inboxPath, overwrite: false);
            claim.Release();
            LogPutBack(claim.FileName);
        }
        catch (IOException exception)
        {
            LogPutBackFailed(exception, claim.FileName, claim.Path);
        }
    }

    private void Fail(FileClaim claim, FileRejection rejection, Activity? activity)
    {
        var reason = rejection.Reason;
        activity?.SetStatus(ActivityStatusCode.Error, reason);
        var failedPath = FileArchive.MoveUnique(claim.Path, folders.Failed, claim.FileName);
        claim.Release();
        File.WriteAllText(
            ErrorFilePath(failedPath),
            string.Create(CultureInfo.InvariantCulture, $"file: {claim.FileName}\nfailed at: {clock.GetUtcNow():O}\nreason: {reason}\n"));
        telemetry.Failed(rejection.Kind);
        LogFailed(claim.FileName, reason, failedPath);
    }

    /// <summary><c>&lt;name&gt;.error.txt</c> beside the failed file, the name shortened when it would be too long.</summary>
    internal static string ErrorFilePath(string failedPath) =>
        Path.Combine(Path.GetDirectoryName(failedPath)!, FileNameLimit.Fit(Path.GetFileName(failedPath), ErrorSuffix.Length) + ErrorSuffix);

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [LoggerMessage(LogLevel.Information, "Fetched {FileName} as document {DocumentId} ({Size} bytes), moved to {ProcessedPath}")]
    private partial void LogFetched(string fileName, string documentId, long size, string processedPath);

    [LoggerMessage(LogLevel.Warning, "Could not take {FileName}: {Reason}; moved to {FailedPath}")]
    private partial void LogFailed(string fileName, string reason, string failedPath);

    [LoggerMessage(LogLevel.Warning, "Publishing {FileName} failed (attempt {Attempt}); retrying in {RetryIn}")]
    private partial void LogPublishFailed(Exception exception, string fileName, int attempt, TimeSpan retryIn);

    [LoggerMessage(LogLevel.Information, "{FileName} is still held open by its writer; put back in the inbox for a later try")]
    private partial void LogPutBack(string fileName);

    [LoggerMessage(LogLevel.Warning, "{FileName} is still held open by its writer and cannot go back to the inbox; its claim {ClaimPath} is taken over once stale")]
    private partial void LogPutBackFailed(Exception exception, string fileName, string claimPath);

    [LoggerMessage(LogLevel.Warning, "Took over {FileName}, claimed at {ClaimedAt} by a fetcher that did not finish it")]
    private partial void LogReclaimed(string fileName, DateTimeOffset claimedAt);
}
