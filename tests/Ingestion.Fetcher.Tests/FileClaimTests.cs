using Xunit;

namespace Ingestion.Fetcher.Tests;

public sealed class FileClaimTests : IDisposable
{
    private readonly string _processing = Directory.CreateTempSubdirectory("claims-").FullName;

    /// <summary>A fetcher that takes a claim over after a crash has only what the processing folder holds to publish the file under.</summary>
    [Fact]
    public void A_claim_read_back_from_the_processing_folder_keeps_a_name_of_255_bytes_whole()
    {
        var name = new string('n', 250) + ".html";
        var claim = FileClaim.TryTake(WriteSource(name), name, _processing, DateTimeOffset.UtcNow);

        Assert.NotNull(claim);
        var listed = Assert.Single(Directory.EnumerateFileSystemEntries(_processing));
        Assert.Equal(name, FileClaim.Parse(listed)?.FileName);
        Assert.Equal("page", File.ReadAllText(claim.Path));
    }

    [Fact]
    public void A_taken_over_claim_keeps_the_name_and_the_first_taken_time_and_only_one_fetcher_wins_it()
    {
        var firstTaken = DateTimeOffset.UtcNow.AddMinutes(-10);
        FileClaim.TryTake(WriteSource("report.txt"), "report.txt", _processing, firstTaken.AddMinutes(1), firstTaken);
        var stale = FileClaim.Parse(Directory.EnumerateDirectories(_processing).Single())!;

        var takenOver = stale.TryTakeOver(_processing, DateTimeOffset.UtcNow);
        var second = stale.TryTakeOver(_processing, DateTimeOffset.UtcNow);

        Assert.NotNull(takenOver);
        Assert.Null(second);
        Assert.Equal("report.txt", takenOver.FileName);
        Assert.Equal(firstTaken.ToUnixTimeMilliseconds(), takenOver.TakenAt.ToUnixTimeMilliseconds());
        Assert.Equal("page", File.ReadAllText(takenOver.Path));
        Assert.Equal(takenOver.Folder, Assert.Single(Directory.EnumerateFileSystemEntries(_processing)));
    }

    [Fact]
    public void A_claim_in_the_older_form_is_read_and_taken_over_into_a_folder()
    {
        var older = Path.Combine(_processing, "1700000000000.1690000000000.0a1b2c3d~old name.txt");
        File.WriteAllText(older, "page");

        var stale = FileClaim.Parse(older);
        var takenOver = stale?.TryTakeOver(_processing, DateTimeOffset.UtcNow);

        Assert.NotNull(takenOver);
        Assert.Equal("old name.txt", takenOver.FileName);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1690000000000), takenOver.TakenAt);
        Assert.False(File.Exists(older));
        Assert.Equal("page", File.ReadAllText(takenOver.Path));
    }

    [Fact]
    public void An_empty_claim_folder_left_by_a_crash_is_released_but_one_holding_a_file_is_not()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_processing, "1700000000000.1700000000000.0a1b2c3d")).FullName;
        var holding = FileClaim.TryTake(WriteSource("kept.txt"), "kept.txt", _processing, DateTimeOffset.UtcNow)!;

        var abandoned = FileClaim.Parse(empty)!;
        abandoned.Release();
        holding.Release();

        Assert.False(abandoned.HoldsFile);
        Assert.False(Directory.Exists(empty));
        Assert.True(File.Exists(holding.Path));
    }

    [Fact]
    public void A_file_another_fetcher_took_first_leaves_no_claim_behind()
    {
        var source = WriteSource("gone.txt");
        File.Delete(source);

        Assert.Null(FileClaim.TryTake(source, "gone.txt", _processing, DateTimeOffset.UtcNow));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_processing));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("2024.draft")]
    [InlineData("draft.1700000000000~name.txt")]
    public void Other_entries_of_the_processing_folder_are_not_claims(string name)
    {
        File.WriteAllText(Path.Combine(_processing, name), "x");

        Assert.Null(FileClaim.Parse(Path.Combine(_processing, name)));
    }

    private string WriteSource(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_processing, "..", Path.GetFileName(_processing) + "-inbox")).FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "page");
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(_processing, recursive: true);
        var inbox = _processing + "-inbox";
        if (Directory.Exists(inbox))
        {
            Directory.Delete(inbox, recursive: true);
        }
    }
}
