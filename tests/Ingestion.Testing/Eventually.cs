using System.Diagnostics;
using Xunit;

namespace Ingestion.Testing;

/// <summary>Polls until the system under test has done something, failing the test after a patience limit.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(60);

    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan? patience = null)
        where T : class
    {
        var limit = patience ?? DefaultPatience;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } result)
            {
                return result;
            }

            Assert.True(clock.Elapsed < limit, $"Gave up after {limit}.");
            await Task.Delay(100);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, TimeSpan? patience = null) =>
        ValueAsync(async () => await condition() ? new object() : null, patience);
}
