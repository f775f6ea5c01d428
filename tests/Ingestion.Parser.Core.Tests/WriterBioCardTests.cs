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

    [Fact]
    public void A_card_set_in_capitals_names_the_writer_too()
    {
        List<string> body = ["The board met on Tuesday.", "It will meet again in May.", "PRIYA RAMAN IS THE PAPER'S WATERFRONT EDITOR"];

        WriterBioCard.RemoveFrom(body, Writers);

        Assert.Equal(["The board met on Tuesday.", "It will meet again in May."], body);
    }

    [Fact]
    public void A_capitals_line_about_someone_else_stays()
    {
        List<string> body = ["The board met on Tuesday.", "It will meet again in May.", "HARBOR OFFICIALS IS A SERIES OF PROFILES"];

        WriterBioCard.RemoveFrom(body, Writers);

        Assert.Equal(3, body.Count);
    }

    [Fact]
    public void An_html_pages_card_closing_the_text_box_goes_the_byline_above_it_naming_the_writer()
    {
        const string html = """
            <html><head><title>Port budget passes - Northgate Daily</title><meta property="og:site_name" content="Northgate Daily"></head><body>
            <article><header><h1>Port budget passes</h1><p class="byline">by <a class="author" href="/author/praman/">Priya Raman</a> <span>22 Dec 2016</span></p></header>
            <div class="entry-content">
            <p>The port board approved its budget on Tuesday after a short debate over the cost of dredging the inner harbour channel.</p>
            <p>The vote was five to nothing, and the board's chair said the plan would keep fees flat for the fishing fleet next year.</p>
            <p>Work on the channel is to start in the spring, once the permits from the state's environment office arrive.</p>
            <p><i>Priya Raman is a reporter for Northgate Daily covering the waterfront. Follow her on Twitter @praman or email her.</i></p>
            </div></article></body></html>
            """;

        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal(["Priya Raman"], page.Authors);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Work on the channel", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_card_over_a_rail_of_other_stories_goes_with_the_rail()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Seed fund closes its second round

            By Lena Marsh

            Prairie Seed Partners closed a $12 million second fund on Tuesday, twice the size of its first, its founders said.

            The fund will back about twenty companies that sell software to farms and food processors in the region.

            Lena Marsh
            Lena covers funding and startups for the Valley Ledger. Reach her at lena@example.com.

            More from the Valley Ledger

            Grain co-op picks a new chief

            Harbor startup adds forty jobs

            The Ledger, every morning

            The valley's business news in your inbox before 7 a.m.

            Sign up

            Latest

            Council weighs tech park lease 3h

            Bank opens a downtown branch 5h

            Mill reopens after flood 1d

            Brewery expands its taproom 2d
            """), "page.txt");

        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
