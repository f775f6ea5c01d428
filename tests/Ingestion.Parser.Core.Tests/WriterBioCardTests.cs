using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterBioCardTests
{
    private static readonly string[] Writers = ["Priya Raman", "Colin Meadows"];

    [Fact]
    public void The_writers_cards_under_the_text_are_taken_off()
    {
        List<string> body =
        [
            "The port board approved the budget on Tuesday.",
            "The vote was 5-0, with little debate.",
            "Priya Raman",
            "Priya covers the waterfront and city infrastructure for Northgate Daily.",
            "Colin Meadows",
            "Colin is Northgate Daily's data reporter.",
        ];

        WriterBioCard.RemoveFrom(body, Writers);

        Assert.Equal(["The port board approved the budget on Tuesday.", "The vote was 5-0, with little debate."], body);
    }

    [Theory]
    [InlineData("Priya Raman covers transportation for The Harbor City Post.", null, true)]
    [InlineData("Colin writes about small-business finance.", null, true)]
    [InlineData("Colin is the paper's data reporter.", "Colin Meadows", true)]
    [InlineData("Colin is expected to testify next week.", null, false)]
    [InlineData("Priya Patel, the board's chair, said the vote was overdue.", null, false)]
    [InlineData("Harbor officials covers nothing.", null, false)]
    public void Only_a_writers_name_and_what_the_writer_does_make_a_card(string text, string? nameAbove, bool card) =>
        Assert.Equal(card, WriterBioCard.IsBio(text, Writers, nameAbove));

    [Fact]
    public void A_closing_paragraph_about_someone_else_stays()
    {
        List<string> body = ["The board met on Tuesday.", "It will meet again in May.", "Colin is expected to testify next week."];

        WriterBioCard.RemoveFrom(body, Writers);

        Assert.Equal(3, body.Count);
    }
}
