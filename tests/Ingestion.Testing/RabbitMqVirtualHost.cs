using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Xunit;

namespace Ingestion.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, deleted afterwards: its queues and exchanges are
/// invisible to a running system and to other tests.
/// </summary>
public sealed class RabbitMqVirtualHost : IAsyncLifetime
{
    private readonly HttpClient _management = new() { BaseAddress = TestEnvironment.RabbitMqManagementUri };

    public string Name { get; } = $"ingestion-test-{Guid.NewGuid():N}";

    /// <summary>The settings a service needs to use this virtual host.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RabbitMq:Host"] = TestEnvironment.RabbitMqHost,
        ["RabbitMq:VHost"] = Name,
        ["RabbitMq:User"] = TestEnvironment.RabbitMqUser,
        ["RabbitMq:Pass"] = TestEnvironment.RabbitMqPassword,
    };

    public async Task InitializeAsync()
    {
        _management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestEnvironment.RabbitMqUser}:{TestEnvironment.RabbitMqPassword}")));
        (await _management.PutAsync($"api/vhosts/{Name}", null)).EnsureSuccessStatusCode();
        (await _management.PutAsJsonAsync(
            $"api/permissions/{Name}/{TestEnvironment.RabbitMqUser}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
    }

    /// <summary>Messages waiting in <paramref name="queue"/>, as the management API reports them.</summary>
    public async Task<QueueStatus?> GetQueueAsync(string queue)
    {
        using var response = await _management.GetAsync($"api/queues/{Name}/{Uri.EscapeDataString(queue)}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<QueueStatus>() : null;
    }

    /// <summary>Every queue in this virtual host.</summary>
    public async Task<IReadOnlyList<QueueStatus>> GetQueuesAsync() =>
        await _management.GetFromJsonAsync<List<QueueStatus>>($"api/queues/{Name}") ?? [];

    public async Task DisposeAsync()
    {
        using var response = await _management.DeleteAsync($"api/vhosts/{Name}");
        _management.Dispose();
    }

    public sealed record QueueStatus(string Name, int Messages, int Consumers, string? Type, bool Durable);
}
