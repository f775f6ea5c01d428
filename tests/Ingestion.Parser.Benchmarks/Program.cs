using System.Diagnostics;
using Ingestion.Parser.Core;

// Parses every sample and corpus page repeatedly on this one thread and reports throughput per core,
// text and HTML apart. Run in Release: dotnet run -c Release --project tests/Ingestion.Parser.Benchmarks
var root = FindRoot();
var pages = new[] { Path.Combine(root, "samples"), Path.Combine(root, "tests", "Ingestion.Parser.Core.Tests", "Pages") }
    .Where(Directory.Exists)
    .SelectMany(folder => Directory.EnumerateFiles(folder))
    .Where(path => !path.EndsWith(".json", StringComparison.Ordinal) && !path.EndsWith(".md", StringComparison.Ordinal))
    .Select(path => (Name: Path.GetFileName(path), Content: File.ReadAllBytes(path)))
    .ToList();
var seconds = args.Length > 0 && double.TryParse(args[0], out var requested) ? requested : 5;

Console.WriteLine($"{"kind",-5} {"pages",6} {"docs/s",10} {"MB/s",8}");
foreach (var (kind, group) in pages.GroupBy(page => page.Name.EndsWith(".txt", StringComparison.Ordinal) ? "text" : "html").Select(group => (group.Key, group.ToList())))
{
    Measure(group, TimeSpan.FromSeconds(1));
    var (documents, bytes, elapsed) = Measure(group, TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"{kind,-5} {group.Count,6} {documents / elapsed.TotalSeconds,10:N0} {bytes / elapsed.TotalSeconds / (1 << 20),8:N1}");
}

static (long Documents, long Bytes, TimeSpan Elapsed) Measure(List<(string Name, byte[] Content)> pages, TimeSpan duration)
{
    long documents = 0, bytes = 0;
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

    return (documents, bytes, clock.Elapsed);
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
