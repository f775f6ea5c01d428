using System.Diagnostics.Metrics;

namespace Ingestion.Testing;

/// <summary>
/// The running total of one counter instrument, as an exporter would see it. A listener hears every meter of that name
/// in the process; given a host's <see cref="IMeterFactory"/>, only that host's meter counts.
/// </summary>
public sealed class CounterTotal : IDisposable
{
    private readonly MeterListener _listener;
    private long _total;

    public CounterTotal(string meterName, string instrumentName, IMeterFactory? host = null)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meterName && instrument.Name == instrumentName && (host is null || instrument.Meter.Scope == host))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref _total, measurement));
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
