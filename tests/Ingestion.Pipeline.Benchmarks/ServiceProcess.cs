using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Globalization;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// One service run as run.sh runs it: <c>dotnet &lt;Service&gt;.dll</c> from its Release output folder, settings from
/// environment variables, its log written to a file (through the service's own console logger, as in production).
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(string name, Process process, int port, string logPath)
    {
        Name = name;
        _process = process;
        Port = port;
        LogPath = logPath;
    }

    public string Name { get; }

    public int Port { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    public static ServiceProcess Start(string name, string project, string outputFolder, string logPath, IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        // exec: the shell becomes the service, so the process id measured is the service's own.
        var start = new ProcessStartInfo("/bin/sh", ["-c", "exec dotnet \"$0\" >\"$1\" 2>&1", $"{project}.dll", logPath])
        {
            WorkingDirectory = outputFolder,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {project}.");
        return new ServiceProcess(name, process, port, logPath);
    }

    /// <summary>Waits for /health/ready; a service that exits first (a bad setting, say) fails with its log's end.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{LogTail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/health/ready"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout}:\n{LogTail()}");
    }

    public string LogTail() => File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(20)) : "(no log)";

    /// <summary>SIGTERM, as Ctrl-C in run.sh: the service finishes its messages and exits; killed if it has not after 60 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
