// Fetcher benchmark: N files wait in the inbox when one fetcher starts; it publishes them to a real RabbitMQ
// (a virtual host of its own, drained by a consumer as the parser would) and the run reports files/s and memory.
//   dotnet run -c Release --project tests/Ingestion.Fetcher.Benchmarks -- [files] [bytes per file] [Fetcher:MaxConcurrency]
using System.Diagnostics;
using System.Globalization;
using Ingestion.Fetcher;
using Ingestion.Hosting;
using Ingestion.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var bytesPerFile = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4_096;
var concurrency = args.Length > 2 ? args[2] : null;

var broker = new RabbitMqVirtualHost();
await broker.InitializeAsync();
var inbox = Directory.CreateTempSubdirectory("ingestion-fetcher-bench-");
try
{
    Console.WriteLine($"writing {files:N0} files of {bytesPerFile:N0} bytes into {inbox.FullName}");
    var settled = DateTime.UtcNow.AddMinutes(-1);
    var body = new byte[bytesPerFile];
    for (var i = 0; i < files; i++)
    {
        // Distinct content per file, as real pages have: the document id is a hash of it.
        BitConverter.TryWriteBytes(body, i);
        var path = Path.Combine(inbox.FullName, $"page-{i:D6}.txt");
        File.WriteAllBytes(path, body);
        File.SetLastWriteTimeUtc(path, settled);
    }

    using var published = new CounterTotal(FetcherTelemetry.Name, "ingestion.fetcher.files.fetched");

    GC.Collect();
    var process = Process.GetCurrentProcess();
    var startRss = process.WorkingSet64;
    var clock = Stopwatch.StartNew();
    var cpuBefore = process.TotalProcessorTime;
    var fetcher = await ServiceHost.StartAsync(builder => builder.AddFetcher(), broker.Settings.Concat(new Dictionary<string, string?>
    {
        ["Fetcher:InboxPath"] = inbox.FullName,
        ["Fetcher:RescanInterval"] = "00:00:01",
        ["Logging:LogLevel:Default"] = "Warning",
    }.Append(new("Fetcher:MaxConcurrency", concurrency)).Where(setting => setting.Value is not null)));
    await using var drain = await DrainAsync(broker);

    long peakRss = 0;
    while (published.Total < files)
    {
        await Task.Delay(200);
        process.Refresh();
        peakRss = Math.Max(peakRss, process.WorkingSet64);
        Console.Write($"\r{published.Total:N0} published, {process.WorkingSet64 / 1048576:N0} MB resident   ");
    }

    var elapsed = clock.Elapsed;
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpuBefore;
    await fetcher.StopAsync();
    await fetcher.DisposeAsync();

    Console.WriteLine();
    Console.WriteLine($"files published:  {files:N0} in {elapsed.TotalSeconds:F1} s (Fetcher:MaxConcurrency {concurrency ?? "default"})");
    Console.WriteLine($"throughput:       {files / elapsed.TotalSeconds:N0} files/s ({files * (double)bytesPerFile / elapsed.TotalSeconds / 1048576:F1} MB/s)");
    Console.WriteLine($"cpu:              {cpu.TotalSeconds:F1} s ({cpu.TotalSeconds / elapsed.TotalSeconds:F2} cores, fetcher and the draining consumer together)");
    Console.WriteLine($"resident memory:  {startRss / 1048576:N0} MB before, {peakRss / 1048576:N0} MB peak");
}
finally
{
    inbox.Delete(recursive: true);
    await broker.DisposeAsync();
}

// Takes the messages off the parser's queue as the parser would, so the broker's memory stays flat too.
static async Task<IAsyncDisposable> DrainAsync(RabbitMqVirtualHost broker)
{
    var factory = new ConnectionFactory
    {
        HostName = TestEnvironment.RabbitMqHost,
        VirtualHost = broker.Name,
        UserName = TestEnvironment.RabbitMqUser,
        Password = TestEnvironment.RabbitMqPassword,
    };
    var connection = await factory.CreateConnectionAsync();
    var channel = await connection.CreateChannelAsync();
    await channel.QueueDeclareAsync(IngestionQueues.Parser, durable: true, exclusive: false, autoDelete: false,
        arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
    await channel.BasicQosAsync(0, 500, false);
    var consumer = new AsyncEventingBasicConsumer(channel);
    consumer.ReceivedAsync += (_, delivery) => channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).AsTask();
    await channel.BasicConsumeAsync(IngestionQueues.Parser, autoAck: false, consumer);
    return connection;
}
