using Ingestion.Contracts;
using Ingestion.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ingestion.Storage.Tests;

public sealed class DocumentRepublisherTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private readonly SyntheticDocuments _documents = new(seed: 66);
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddMassTransitTestHarness().BuildServiceProvider(true);
        _harness = _services.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Documents_from_older_parsers_are_published_again_with_their_bytes_and_newest_source()
    {
        var content = _documents.Content();
        // Whole seconds: PostgreSQL keeps microseconds, .NET ticks are finer.
        var monday = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var seenTwice = _documents.Parsed(parserVersion: 1, fileName: "first.html", content: content, fetchedAt: monday);
        var renamed = _documents.Parsed(parserVersion: 1, fileName: "second.html", content: content, fetchedAt: monday.AddMinutes(1));
        var current = _documents.Parsed(parserVersion: 2);
        await database.Store.StoreAsync([seenTwice, renamed, current], CancellationToken.None);

        var count = await Republisher().RepublishAsync(ReparseSelection.Below(2), progress: null, CancellationToken.None);

        var published = await PublishedAsync();
        var message = Assert.Single(published, m => m.DocumentId == seenTwice.DocumentId);
        Assert.DoesNotContain(published, m => m.DocumentId == current.DocumentId);
        Assert.Equal(published.Count, count);
        Assert.Equal(content, message.Content);
        Assert.Equal((content.LongLength, "second.html", renamed.FetchedAt), (message.Size, message.FileName, message.FetchedAt));
    }

    [Fact]
    public async Task All_republishes_every_stored_document()
    {
        var stored = Enumerable.Range(0, 40).Select(i => _documents.Parsed(parserVersion: i % 3)).ToList();
        await database.Store.StoreAsync(stored, CancellationToken.None);

        var count = await Republisher().RepublishAsync(ReparseSelection.All, progress: null, CancellationToken.None);

        var published = await PublishedAsync();
        Assert.Equal(published.Count, count);
        Assert.Superset(stored.Select(d => d.DocumentId).ToHashSet(), published.Select(m => m.DocumentId).ToHashSet());
    }

    private DocumentRepublisher Republisher() => new(database.DataSource, _harness.Bus);

    private async Task<List<DocumentFetched>> PublishedAsync()
    {
        var messages = new List<DocumentFetched>();
        await foreach (var published in _harness.Published.SelectAsync<DocumentFetched>())
        {
            messages.Add(published.Context.Message);
        }

        return messages;
    }
}
