using Ingestion.Testing;
using Xunit;

namespace Ingestion.Storage.Tests;

public sealed class IdempotencyTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly SyntheticDocuments _documents = new(seed: 11);

    [Fact]
    public async Task The_same_message_delivered_twice_is_stored_once()
    {
        var message = _documents.Parsed(commentCount: 10);

        var first = await database.Store.StoreAsync([message], CancellationToken.None);
        var second = await database.Store.StoreAsync([message], CancellationToken.None);

        Assert.Equal(WriteOutcome.Stored, Assert.Single(first).Outcome);
        Assert.Equal(WriteOutcome.Duplicate, Assert.Single(second).Outcome);
        Assert.Equal(new StoredRows(1, 1, 10, 1, 1, message.Article.Title), await StoredRows.ReadAsync(database.DataSource, message.DocumentId));
    }

    [Fact]
    public async Task The_same_content_under_two_names_is_one_document_with_two_sources()
    {
        var content = _documents.Content();
        var first = _documents.Parsed(commentCount: 4, fileName: "monday.html", content: content);
        var second = _documents.Parsed(commentCount: 4, fileName: "copy of monday.html", content: content);

        await database.Store.StoreAsync([first], CancellationToken.None);
        await database.Store.StoreAsync([second], CancellationToken.None);

        Assert.Equal(new StoredRows(1, 1, 4, 2, 1, first.Article.Title), await StoredRows.ReadAsync(database.DataSource, first.DocumentId));
    }

    [Fact]
    public async Task Duplicates_inside_one_batch_are_stored_once_with_every_source()
    {
        var content = _documents.Content();
        var original = _documents.Parsed(commentCount: 3, fileName: "a.html", content: content);
        var redelivered = original;
        var renamed = _documents.Parsed(commentCount: 3, fileName: "b.html", content: content);
        var other = _documents.Parsed(commentCount: 2);

        var results = await database.Store.StoreAsync([original, other, redelivered, renamed], CancellationToken.None);

        Assert.Equal([WriteOutcome.Stored, WriteOutcome.Stored, WriteOutcome.Duplicate, WriteOutcome.Duplicate], results.Select(r => r.Outcome));
        Assert.Equal(new StoredRows(1, 1, 3, 2, 1, original.Article.Title), await StoredRows.ReadAsync(database.DataSource, original.DocumentId));
        Assert.Equal(new StoredRows(1, 1, 2, 1, 1, other.Article.Title), await StoredRows.ReadAsync(database.DataSource, other.DocumentId));
    }

    [Fact]
    public async Task Concurrent_batches_sharing_documents_store_each_once()
    {
        var shared = Enumerable.Range(0, 60).Select(_ => _documents.Parsed(commentCount: 5)).ToList();
        var reversed = Enumerable.Reverse(shared).ToList();

        // Two replicas receiving the same documents in opposite orders: without a common lock order they deadlock.
        var results = await Task.WhenAll(
            Task.Run(() => database.Store.StoreAsync(shared, CancellationToken.None)),
            Task.Run(() => database.Store.StoreAsync(reversed, CancellationToken.None)));

        Assert.Equal(shared.Count, results.SelectMany(r => r).Count(r => r.Outcome == WriteOutcome.Stored));
        Assert.Equal(shared.Count, results.SelectMany(r => r).Count(r => r.Outcome == WriteOutcome.Duplicate));
        foreach (var message in shared)
        {
            Assert.Equal(new StoredRows(1, 1, 5, 1, 1, message.Article.Title), await StoredRows.ReadAsync(database.DataSource, message.DocumentId));
        }
    }
}
