using System.Globalization;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>CPU time and memory of one process, read from /proc as the kernel accounts them.</summary>
internal static class ProcessMeter
{
    // USER_HZ: /proc reports CPU times in these ticks; 100 on every mainstream Linux build.
    private const double TicksPerSecond = 100;

    /// <summary>User plus system CPU time (fields 14 and 15 of /proc/&lt;pid&gt;/stat).</summary>
    public static double CpuSeconds(int pid) => StatCpuSeconds($"/proc/{pid}/stat");

    /// <summary>
    /// The RabbitMQ node on this machine (its Erlang VM, <c>beam.smp</c>), or null when the broker runs elsewhere. Its
    /// CPU covers every virtual host, so it belongs to the run only while nothing else uses the broker.
    /// </summary>
    public static int? FindRabbitMqNode()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid)
                && TryRead(Path.Combine(directory, "cmdline")) is { } commandLine
                && commandLine.Contains("beam.smp", StringComparison.Ordinal)
                && commandLine.Contains("rabbit", StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>CPU time of the calling thread only, so other work in this process does not count.</summary>
    public static double ThreadCpuSeconds() => StatCpuSeconds("/proc/thread-self/stat");

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // the process ended while the list was read
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static double StatCpuSeconds(string path)
    {
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>Resident memory now (VmRSS) and its peak since the process started (VmHWM), in MB.</summary>
    public static (double ResidentMb, double PeakMb) Memory(int pid)
    {
        double resident = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024.0;
            }
        }

        return (resident, peak);
    }

    /// <summary>The 1-, 5- and 15-minute load averages: how busy the machine was while a figure was taken.</summary>
    public static double[] LoadAverage() =>
        File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
