using System.Diagnostics;
using System.Runtime;
using Ingestion.Parser.Core;

// Parses every sample and corpus page repeatedly on this one thread and reports throughput per core, text and HTML
// apart. Run in Release: dotnet run -c Release --project tests/Ingestion.Parser.Benchmarks -- [seconds] [text|html]
// Besides wall-clock figures it prints them per second of CPU time the process used, and the memory allocated per page,
// which no other load on the machine changes.
var root = FindRoot();
var pages = new[] { Path.Combine(root, "samples"), Path.Combine(root, "tests", "Ingestion.Parser.Core.Tests", "Pages") }
    .Where(Directory.Exists)
    .SelectMany(folder => Directory.EnumerateFiles(folder))
    .Where(path => !path.EndsWith(".json", StringComparison.Ordinal) && !path.EndsWith(".md", StringComparison.Ordinal))
    .Select(path => (Name: Path.GetFileName(path), Content: File.ReadAllBytes(path)))
    .ToList();
var samples = Directory.Exists(Path.Combine(root, "samples"))
    ? Directory.EnumerateFiles(Path.Combine(root, "samples")).Select(Path.GetFileName).ToHashSet()
    : [];
// "passes N [text|html]": parse each page N times, untimed, with the JIT's full optimisation from the first call
// (DOTNET_TieredCompilation=0), under valgrind --tool=callgrind. Its instruction count is the same from run to run
// whatever else the machine does, so two builds compare on a busy machine where seconds cannot.
if (args is ["passes", var passText, ..] && int.TryParse(passText, out var passes))
{
    var chosen = pages.Where(page => args.Length < 3 || KindOf(page.Name) == args[2]).ToList();
    for (var pass = 0; pass < passes; pass++)
    {
        chosen.ForEach(page => PageParser.Parse(page.Content, page.Name));
    }

    Console.WriteLine($"{chosen.Count} pages, {chosen.Sum(page => (long)page.Content.Length)} bytes, {passes} passes");
    return;
}

var seconds = args.Length > 0 && double.TryParse(args[0], out var requested) ? requested : 5;
var onlyKind = args.Length > 1 ? args[1] : null;

// Real pages are large (an HTML page of a news site is 100 KB or more); most corpus pages are small hand-made ones, whose
// fixed costs per page weigh more. Each kind is also measured on its small pages alone, so neither figure hides the other.
const int SmallPage = 16 << 10;
Console.WriteLine($"{"pages",-13} {"count",5} {"KB/page",8} {"docs/s",10} {"MB/s",8} {"MB/cpu-s",9} {"KB alloc/doc",13}");
foreach (var (kind, group) in pages.GroupBy(page => KindOf(page.Name))
    .Select(group => (group.Key, group.ToList()))
    .Where(group => onlyKind is null || group.Key == onlyKind))
{
    WarmUp(group);
    Report(kind, group, seconds);
    var small = group.Where(page => page.Content.Length <= SmallPage).ToList();
    if (small.Count < group.Count)
    {
        Report($"{kind} <=16 KB", small, seconds);
    }

    // The samples are the only pages scraped from real sites; the corpus pages are hand-made in other sites' shapes.
    var real = group.Where(page => samples.Contains(page.Name)).ToList();
    if (real.Count > 0)
    {
        Report($"{kind} samples", real, seconds);
    }
}

static string KindOf(string name) => name.EndsWith(".txt", StringComparison.Ordinal) ? "text" : "html";

static void Report(string label, List<(string Name, byte[] Content)> pages, double seconds)
{
    var (documents, bytes, elapsed, cpu, allocated) = Measure(pages, TimeSpan.FromSeconds(seconds));
    Console.WriteLine(
        $"{label,-13} {pages.Count,5} {pages.Average(page => page.Content.Length) / 1024,8:N1} {documents / elapsed.TotalSeconds,10:N0} {bytes / elapsed.TotalSeconds / (1 << 20),8:N1} {bytes / cpu.TotalSeconds / (1 << 20),9:N1} {allocated / documents / 1024.0,13:N1}");
}

// The runtime's tiered compilation recompiles hot methods on a background thread for the first seconds (longer on a busy
// machine, where that thread waits for a core): until it is done the pages run partly in unoptimised code. Warm up until a
// whole second passes in which the JIT compiled nothing more, so every figure is the steady state.
static void WarmUp(List<(string Name, byte[] Content)> pages)
{
    var clock = Stopwatch.StartNew();
    var compiled = JitInfo.GetCompiledMethodCount();
    var quietSince = TimeSpan.Zero;
    while (clock.Elapsed < TimeSpan.FromSeconds(60))
    {
        Measure(pages, TimeSpan.FromSeconds(0.25));
        var now = JitInfo.GetCompiledMethodCount();
        if (now != compiled)
        {
            compiled = now;
            quietSince = clock.Elapsed;
        }
        else if (clock.Elapsed - quietSince >= TimeSpan.FromSeconds(1) && clock.Elapsed >= TimeSpan.FromSeconds(3))
        {
            Console.Error.WriteLine($"warm-up: {clock.Elapsed.TotalSeconds:N0} s, {compiled} methods compiled");
            return;
        }
    }

    Console.Error.WriteLine("warning: the JIT was still compiling after 60 s of warm-up; the figures may be low");
}

static (long Documents, long Bytes, TimeSpan Elapsed, TimeSpan Cpu, long Allocated) Measure(List<(string Name, byte[] Content)> pages, TimeSpan duration)
{
    long documents = 0, bytes = 0;
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < duration)
    {
        foreach (var (name, content) in pages)
        {
            PageParser.Parse(content, name);
            documents++;
            bytes += content.Length;
        }
    }

    var elapsed = clock.Elapsed;
    process.Refresh();
    return (documents, bytes, elapsed, process.TotalProcessorTime - cpuBefore, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingestion.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new DirectoryNotFoundException("Ingestion.sln not found above the benchmark");
}
