using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Ingestion.Fetcher;

/// <summary>
/// Finds files in the inbox (file system events for speed, a periodic full listing because events get lost)
/// and hands each to <see cref="DocumentFetcher"/> with bounded concurrency.
/// </summary>
internal sealed partial class InboxWatcher(
    DocumentFetcher fetcher,
    InboxFolders folders,
    IOptions<FetcherOptions> options,
    TimeProvider clock,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private readonly FetcherOptions _options = options.Value;

    // Paths queued or in flight, so a listing does not queue a file a second time while it is being fetched.
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    private readonly Channel<string> _work = Channel.CreateBounded<string>(new BoundedChannelOptions(1024)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        folders.EnsureExist();
        LogWatching(folders.Inbox, folders.Processed, folders.Failed);

        using var watcher = new FileSystemWatcher(folders.Inbox)
        {
            IncludeSubdirectories = folders.IncludeSubdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Offer(e.FullPath);
        watcher.Changed += (_, e) => Offer(e.FullPath);
        watcher.Renamed += (_, e) => Offer(e.FullPath);
        watcher.Error += (_, e) => LogWatcherError(e.GetException());
        watcher.EnableRaisingEvents = true;

        var scanning = ScanPeriodicallyAsync(stoppingToken);

        try
        {
            // On shutdown no new file is started, while those in flight run to the end of their publish.
            await Parallel.ForEachAsync(
                _work.Reader.ReadAllAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency },
                async (path, _) =>
                {
                    try
                    {
                        await FetchAsync(path);
                    }
                    finally
                    {
                        _pending.TryRemove(path, out var _);
                    }
                });
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await scanning;
    }

    private async Task FetchAsync(string path)
    {
        try
        {
            if (Path.GetDirectoryName(path) == folders.Processing)
            {
                if (FileClaim.Parse(path) is { } claim)
                {
                    await fetcher.ReclaimAsync(claim, CancellationToken.None);
                }
            }
            else
            {
                await fetcher.FetchAsync(path, CancellationToken.None);
            }
        }
        catch (Exception exception)
        {
            // One file's trouble must not stop the watcher; the file stays where it is and the next scan retries.
            LogFetchError(exception, path);
        }
    }

    /// <summary>From a watcher thread: never blocks; when the queue is full the next listing finds the file.</summary>
    private void Offer(string path)
    {
        if (folders.IsWatchedFile(path) && _pending.TryAdd(path, 0) && !_work.Writer.TryWrite(path))
        {
            _pending.TryRemove(path, out _);
        }
    }

    private async Task ScanPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.RescanInterval, clock);
        try
        {
            do
            {
                await ScanAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ScanAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var file in folders.EnumerateCandidates())
            {
                if (fetcher.IsSettled(file) && _pending.TryAdd(file.FullName, 0))
                {
                    await _work.Writer.WriteAsync(file.FullName, stoppingToken);
                }
            }

            foreach (var path in Directory.EnumerateFileSystemEntries(folders.Processing))
            {
                if (FileClaim.Parse(path) is { } claim && fetcher.IsStale(claim) && _pending.TryAdd(path, 0))
                {
                    await _work.Writer.WriteAsync(path, stoppingToken);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogScanError(exception, folders.Inbox);
        }
    }

    [LoggerMessage(LogLevel.Information, "Watching {InboxPath}; published files go to {ProcessedPath}, rejected ones to {FailedPath}")]
    private partial void LogWatching(string inboxPath, string processedPath, string failedPath);

    [LoggerMessage(LogLevel.Warning, "File system events were lost; the next listing of the inbox picks up what they missed")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(LogLevel.Error, "Fetching {Path} failed; it is tried again on a later listing")]
    private partial void LogFetchError(Exception exception, string path);

    [LoggerMessage(LogLevel.Error, "Listing {InboxPath} failed; trying again at the next interval")]
    private partial void LogScanError(Exception exception, string inboxPath);
}
