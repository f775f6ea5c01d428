using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// A stand-in for a collector (Jaeger cannot run here): accepts OTLP/HTTP on /v1/traces, /v1/metrics and /v1/logs,
/// counts requests and bytes per signal, and answers 200, so the services really serialise and send everything.
/// </summary>
internal sealed class OtlpSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, SignalCount> _received = new(StringComparer.Ordinal);

    private OtlpSink(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<OtlpSink> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        var sink = new OtlpSink(builder.Build());
        sink._app.MapPost("/v1/{signal}", sink.ReceiveAsync);
        await sink._app.StartAsync(cancellationToken);
        return sink;
    }

    /// <summary>Requests and body bytes received so far for <paramref name="signal"/> (traces, metrics, logs).</summary>
    public SignalCount Received(string signal) => _received.TryGetValue(signal, out var count) ? count : new SignalCount(0, 0);

    private async Task<IResult> ReceiveAsync(string signal, HttpRequest request)
    {
        var buffer = new byte[64 * 1024];
        long bytes = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            bytes += read;
        }

        _received.AddOrUpdate(signal, _ => new SignalCount(1, bytes), (_, count) => new SignalCount(count.Requests + 1, count.Bytes + bytes));
        // An empty ExportXServiceResponse: protobuf's encoding of a message with no fields set is zero bytes.
        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record SignalCount(long Requests, long Bytes);
}
