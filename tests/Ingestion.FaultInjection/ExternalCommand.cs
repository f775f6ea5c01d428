using System.Diagnostics;
using System.Text;

namespace Ingestion.FaultInjection;

/// <summary>Runs a server's command-line tool to completion; a non-zero exit is an error carrying its output.</summary>
internal static class ExternalCommand
{
    public static async Task<string> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = new StringBuilder();
        var reading = Task.WhenAll(
            CopyAsync(process.StandardOutput, output),
            CopyAsync(process.StandardError, output));
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(start)} did not finish within {timeout}:\n{output}");
        }

        await reading;
        return process.ExitCode == 0
            ? output.ToString()
            : throw new InvalidOperationException($"{Describe(start)} exited with {process.ExitCode}:\n{output}");
    }

    /// <summary>As root, a server that refuses to run as root (PostgreSQL) runs as its own system user.</summary>
    public static (string FileName, IEnumerable<string> Arguments) AsUser(string? user, string fileName, IEnumerable<string> arguments) =>
        user is null || !Environment.IsPrivilegedProcess
            ? (fileName, arguments)
            : ("runuser", ["-u", user, "--", fileName, .. arguments]);

    private static async Task CopyAsync(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Describe(ProcessStartInfo start) => $"{start.FileName} {string.Join(' ', start.ArgumentList)}";
}
