using System.Diagnostics;

namespace Ingestion.FaultInjection;

/// <summary>
/// One service as a real process, started from its build output folder as deploy/local/run.sh starts it, its
/// console output appended to a log file across restarts. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private static readonly HttpClient Health = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly string _project;
    private readonly string _outputFolder;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly StreamWriter _log;
    private readonly Uri _ready;
    private Process? _process;
    private bool _closed;

    public ServiceProcess(string name, string project, string outputFolder, IReadOnlyDictionary<string, string> settings, string logFolder)
    {
        Name = name;
        _project = project;
        _outputFolder = outputFolder;
        var port = FreePorts.Next();
        _settings = new Dictionary<string, string>(settings) { ["Urls"] = $"http://127.0.0.1:{port}" };
        _ready = new Uri($"http://127.0.0.1:{port}/health/ready");
        _log = new StreamWriter(Path.Combine(logFolder, $"{name}.log"), append: true) { AutoFlush = true };
    }

    public string Name { get; }

    /// <summary>Times the process ended without being killed here: a crash a supervisor would have to restart.</summary>
    public int UnexpectedExits { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { $"{_project}.dll" },
            // The content root: the service's own appsettings.json sits beside its assembly.
            WorkingDirectory = _outputFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        foreach (var variable in start.Environment.Keys.Where(key => key.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(variable);
        }

        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name}.");
        process.EnableRaisingEvents = true;
        process.OutputDataReceived += (_, line) => Write(line.Data);
        process.ErrorDataReceived += (_, line) => Write(line.Data);
        process.Exited += (_, _) =>
        {
            if (ReferenceEquals(_process, process))
            {
                UnexpectedExits++;
                Write($"--- {Name} exited on its own with code {process.ExitCode}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Write($"--- {Name} started as process {process.Id}");
    }

    /// <summary>SIGKILL, as the kernel's OOM killer or a pulled plug would end it.</summary>
    public void Kill()
    {
        var process = _process ?? throw new InvalidOperationException($"{Name} is not running.");
        _process = null;
        Write($"--- {Name} (process {process.Id}) killed with SIGKILL");
        process.Kill();
        process.WaitForExit();
        process.Dispose();
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200: bus connected, and for storage the database reachable.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning)
            {
                throw new InvalidOperationException($"{Name} exited while starting; see its log.");
            }

            try
            {
                using var response = await Health.GetAsync(_ready);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready within {patience}.");
    }

    public void Dispose()
    {
        if (_process is { } process)
        {
            _process = null;
            process.Kill();
            process.WaitForExit();
            process.Dispose();
        }

        lock (_log)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (!_closed)
            {
                _log.WriteLine(line);
            }
        }
    }
}
