using Dapper;
using Ingestion.Contracts;
using Ingestion.Testing;
using Xunit;

namespace Ingestion.Storage.Tests;

public sealed class HostileContentTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string SqlInjection = "'); DROP TABLE documents; --";

    private readonly SyntheticDocuments _documents = new(seed: 33);

    [Fact]
    public async Task A_document_with_five_thousand_comments_is_stored_whole_in_reply_order()
    {
        var message = _documents.Parsed(commentCount: 5_000);

        var result = await database.Store.StoreAsync([message], CancellationToken.None);

        Assert.Equal(WriteOutcome.Stored, Assert.Single(result).Outcome);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var thread = (await connection.QueryAsync<(int Ordinal, int? Parent, int Depth)>(
            "SELECT ordinal, parent_ordinal, depth FROM comment_threads WHERE document_id = @DocumentId ORDER BY thread_position",
            new { message.DocumentId })).ToList();
        Assert.Equal(5_000, thread.Count);
        // Reply order: every reply comes straight after its parent's subtree starts, never before its parent.
        var seen = new HashSet<int>();
        foreach (var (ordinal, parent, depth) in thread)
        {
            Assert.True(parent is null || seen.Contains(parent.Value));
            Assert.Equal(parent is null ? 0 : 1, depth);
            seen.Add(ordinal);
        }
    }

    [Fact]
    public async Task A_reply_chain_thousands_deep_is_stored_with_its_depths()
    {
        var chain = Enumerable.Range(1, 3_000)
            .Select(i => new Comment { Ordinal = i, Parent = i == 1 ? null : i - 1, Paragraphs = [$"reply {i}"] })
            .ToList();
        var message = _documents.Parsed() with { Comments = chain };

        await database.Store.StoreAsync([message], CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        Assert.Equal(2_999, await connection.ExecuteScalarAsync<int>(
            "SELECT max(depth) FROM comments WHERE document_id = @DocumentId", new { message.DocumentId }));
    }

    [Fact]
    public async Task Text_that_looks_like_sql_is_stored_as_text()
    {
        var message = _documents.Parsed(commentCount: 1, fileName: SqlInjection + ".html");
        message = message with
        {
            Article = message.Article with { Title = SqlInjection, Tags = [SqlInjection] },
            Comments = [new Comment { Ordinal = 1, Author = SqlInjection, Paragraphs = [SqlInjection] }],
        };

        await database.Store.StoreAsync([message], CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(string Title, string Author, string Body, string FileName)>(
            """
            SELECT a.title, c.author, c.body, s.file_name
              FROM articles a
              JOIN comments c USING (document_id)
              JOIN document_sources s USING (document_id)
             WHERE a.document_id = @DocumentId
            """,
            new { message.DocumentId });
        Assert.Equal((SqlInjection, SqlInjection, SqlInjection, SqlInjection + ".html"), stored);
        Assert.True(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents") >= 1);
    }

    [Fact]
    public async Task Nul_characters_and_lone_surrogates_are_stored_cleaned()
    {
        var message = _documents.Parsed(commentCount: 1, fileName: "nul\0name.html");
        message = message with
        {
            Article = message.Article with { Title = "before\0after \ud800 end", Authors = ["a\0b"], BodyParagraphs = ["body \udc00 text\0"] },
            Comments = [new Comment { Ordinal = 1, Author = "x\0y", Paragraphs = ["pair \ud83d\ude00 kept, lone \ud83d dropped\0"] }],
            Warnings = ["warn\0ing"],
        };

        var result = await database.Store.StoreAsync([message], CancellationToken.None);

        Assert.Equal(WriteOutcome.Stored, Assert.Single(result).Outcome);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(string Title, string Body, string Comment, string Author, string FileName)>(
            """
            SELECT a.title, a.body, c.body AS comment, c.author, s.file_name
              FROM articles a
              JOIN comments c USING (document_id)
              JOIN document_sources s USING (document_id)
             WHERE a.document_id = @DocumentId
            """,
            new { message.DocumentId });
        Assert.Equal(("beforeafter \ufffd end", "body \ufffd text", "pair \ud83d\ude00 kept, lone \ufffd dropped", "xy", "nulname.html"), stored);
    }

    [Fact]
    public async Task A_bad_document_in_a_batch_is_rejected_and_the_others_are_stored()
    {
        var good = _documents.Parsed(commentCount: 2);
        var malformedId = _documents.Parsed() with { DocumentId = "not-a-hash" };
        // Passes every check made before the transaction, so PostgreSQL refuses the whole batch (a
        // comment beyond the tsvector limit); the documents around it must survive that.
        var tooLongToIndex = _documents.Parsed(commentCount: 0) with
        {
            Comments = [new Comment { Ordinal = 1, Paragraphs = [string.Join(' ', Enumerable.Range(0, 200_000).Select(i => $"w{i}x"))] }],
        };
        var alsoGood = _documents.Parsed(commentCount: 3);

        var results = await database.Store.StoreAsync([good, malformedId, tooLongToIndex, alsoGood], CancellationToken.None);

        Assert.Equal(
            [WriteOutcome.Stored, WriteOutcome.Rejected, WriteOutcome.Rejected, WriteOutcome.Stored],
            results.Select(r => r.Outcome));
        Assert.Equal(new StoredRows(1, 1, 2, 1, 1, good.Article.Title), await StoredRows.ReadAsync(database.DataSource, good.DocumentId));
        Assert.Equal(new StoredRows(1, 1, 3, 1, 1, alsoGood.Article.Title), await StoredRows.ReadAsync(database.DataSource, alsoGood.DocumentId));
        Assert.Equal(0, (await StoredRows.ReadAsync(database.DataSource, tooLongToIndex.DocumentId)).Documents);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rejects = (await connection.QueryAsync<(string DocumentId, string Stage, string Reason)>(
            "SELECT document_id, stage, reason FROM rejects WHERE document_id IN (@Malformed, @TooLong)",
            new { Malformed = malformedId.DocumentId, TooLong = tooLongToIndex.DocumentId })).ToDictionary(r => r.DocumentId);
        Assert.Contains("SHA-256", rejects[malformedId.DocumentId].Reason, StringComparison.Ordinal);
        Assert.StartsWith("54000", rejects[tooLongToIndex.DocumentId].Reason, StringComparison.Ordinal);
        Assert.All(rejects.Values, r => Assert.Equal(RejectRecorder.StorageStage, r.Stage));
    }

    [Fact]
    public async Task A_message_broken_in_transit_is_rejected_instead_of_retried()
    {
        // What a deserializer can produce from a truncated or hand-written message despite the contract's types.
        var broken = _documents.Parsed() with { Comments = [null!], Article = null! };
        var alsoBroken = _documents.Parsed() with { Comments = [null!] };
        var good = _documents.Parsed(commentCount: 1);

        var results = await database.Store.StoreAsync([broken, alsoBroken, good], CancellationToken.None);

        Assert.Equal([WriteOutcome.Rejected, WriteOutcome.Rejected, WriteOutcome.Stored], results.Select(r => r.Outcome));
        Assert.Equal("the article is missing", results[0].RejectReason);
        Assert.StartsWith(nameof(NullReferenceException), results[1].RejectReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_message_delivered_again_keeps_one_reject()
    {
        var malformed = _documents.Parsed() with { DocumentId = "ZZZ" + Guid.NewGuid() };

        await database.Store.StoreAsync([malformed], CancellationToken.None);
        await database.Store.StoreAsync([malformed], CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM rejects WHERE document_id = @DocumentId", new { malformed.DocumentId }));
    }
}
