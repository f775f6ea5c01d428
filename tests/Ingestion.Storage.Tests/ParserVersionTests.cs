using Ingestion.Testing;
using Xunit;

namespace Ingestion.Storage.Tests;

public sealed class ParserVersionTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly SyntheticDocuments _documents = new(seed: 22);

    [Fact]
    public async Task A_newer_parser_replaces_the_article_and_comments()
    {
        var content = _documents.Content();
        var old = _documents.Parsed(commentCount: 6, parserVersion: 1, content: content);
        var newer = _documents.Parsed(commentCount: 2, parserVersion: 2, content: content, fetchedAt: old.FetchedAt);

        await database.Store.StoreAsync([old], CancellationToken.None);
        var results = await database.Store.StoreAsync([newer], CancellationToken.None);

        Assert.Equal(WriteOutcome.Replaced, Assert.Single(results).Outcome);
        Assert.Equal(new StoredRows(1, 1, 2, 1, 2, newer.Article.Title), await StoredRows.ReadAsync(database.DataSource, old.DocumentId));
    }

    [Fact]
    public async Task An_older_parser_never_overwrites_a_newer_one()
    {
        var content = _documents.Content();
        var newer = _documents.Parsed(commentCount: 3, parserVersion: 5, content: content);
        var old = _documents.Parsed(commentCount: 7, parserVersion: 4, content: content, fetchedAt: newer.FetchedAt);

        await database.Store.StoreAsync([newer], CancellationToken.None);
        var results = await database.Store.StoreAsync([old], CancellationToken.None);

        Assert.Equal(WriteOutcome.Duplicate, Assert.Single(results).Outcome);
        Assert.Equal(new StoredRows(1, 1, 3, 1, 5, newer.Article.Title), await StoredRows.ReadAsync(database.DataSource, newer.DocumentId));
    }

    [Fact]
    public async Task Within_one_batch_the_newest_parser_wins_whatever_the_order()
    {
        var content = _documents.Content();
        var newer = _documents.Parsed(commentCount: 1, parserVersion: 3, content: content);
        var old = _documents.Parsed(commentCount: 4, parserVersion: 2, content: content, fetchedAt: newer.FetchedAt);

        var results = await database.Store.StoreAsync([newer, old], CancellationToken.None);

        Assert.Equal([WriteOutcome.Stored, WriteOutcome.Duplicate], results.Select(r => r.Outcome));
        Assert.Equal(new StoredRows(1, 1, 1, 1, 3, newer.Article.Title), await StoredRows.ReadAsync(database.DataSource, newer.DocumentId));
    }
}
