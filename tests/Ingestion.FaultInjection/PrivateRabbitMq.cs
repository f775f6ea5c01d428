using System.Text.Json;

namespace Ingestion.FaultInjection;

/// <summary>
/// A RabbitMQ node of its own (own node name, ports, data and log folders, Erlang cookie), started beside the
/// shared node so the suite can restart it without disturbing anyone. Plugins are off: the management plugin would
/// fight the shared node for port 15672.
/// </summary>
internal sealed class PrivateRabbitMq : IAsyncDisposable
{
    public const string User = "ingestion";
    public const string Password = "ingestion";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly string _folder;
    private readonly string _node;
    private readonly Dictionary<string, string> _environment;

    private PrivateRabbitMq(string folder, int port)
    {
        _folder = folder;
        Port = port;
        _node = $"ingestion-faults-{Environment.ProcessId}-{port}@localhost";
        _environment = new Dictionary<string, string>
        {
            // The CLI finds the node's cookie in HOME: a private one keeps the node apart from the shared one.
            ["HOME"] = folder,
            ["RABBITMQ_NODENAME"] = _node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_PID_FILE"] = PidFile,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq.conf"),
        };
    }

    public int Port { get; }

    public static async Task<PrivateRabbitMq> CreateAsync(string workFolder)
    {
        var folder = Path.Combine(workFolder, "rabbitmq");
        Directory.CreateDirectory(folder);
        var rabbit = new PrivateRabbitMq(folder, FreePorts.Next());
        await WriteCookieAsync(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].\n");
        await File.WriteAllTextAsync(
            Path.Combine(folder, "rabbitmq.conf"),
            $"default_user = {User}\ndefault_pass = {Password}\n");
        await rabbit.StartAsync();
        return rabbit;
    }

    public async Task StartAsync()
    {
        await ExternalCommand.RunAsync(Tool("rabbitmq-server"), ["-detached"], _environment);
        await ExternalCommand.RunAsync(Tool("rabbitmqctl"), ["-n", _node, "wait", PidFile, "--timeout", "180"], _environment, StartTimeout);
    }

    /// <summary>A clean stop; returns once the node's process has exited.</summary>
    public Task StopAsync() => ExternalCommand.RunAsync(Tool("rabbitmqctl"), ["-n", _node, "stop", PidFile], _environment, StartTimeout);

    /// <summary>Messages waiting in each queue of the default virtual host.</summary>
    public async Task<IReadOnlyDictionary<string, long>> QueueDepthsAsync()
    {
        var json = await ExternalCommand.RunAsync(
            Tool("rabbitmqctl"), ["-n", _node, "list_queues", "-q", "--formatter", "json", "name", "messages"], _environment);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .ToDictionary(queue => queue.GetProperty("name").GetString()!, queue => queue.GetProperty("messages").GetInt64());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            // Already stopped, or stuck: make sure no node outlives the suite.
            if (File.Exists(PidFile) && int.TryParse(await File.ReadAllTextAsync(PidFile), out var pid))
            {
                try
                {
                    System.Diagnostics.Process.GetProcessById(pid).Kill();
                }
                catch (ArgumentException)
                {
                }
            }
        }
    }

    /// <summary>
    /// Written before the node starts: otherwise the node and the first CLI call race to create the cookie, and a
    /// CLI holding the loser's cookie is refused ("Invalid challenge reply") until its wait times out.
    /// </summary>
    private static async Task WriteCookieAsync(string folder)
    {
        var cookie = Path.Combine(folder, ".erlang.cookie");
        await File.WriteAllTextAsync(cookie, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        if (!OperatingSystem.IsWindows())
        {
            // Erlang refuses a cookie that others may read.
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
    }

    private string PidFile => Path.Combine(_folder, "rabbitmq.pid");

    /// <summary>
    /// The real scripts: Debian's /usr/sbin wrappers switch to the rabbitmq user, whose HOME holds the shared
    /// node's cookie.
    /// </summary>
    private static string Tool(string name) =>
        File.Exists(Path.Combine("/usr/lib/rabbitmq/bin", name)) ? Path.Combine("/usr/lib/rabbitmq/bin", name) : name;
}
