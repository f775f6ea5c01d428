using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DoubledLineTextTests
{
    [Theory]
    [InlineData("A Royal Visit To The HarbourA Royal Visit To The Harbour", "A Royal Visit To The Harbour")]
    [InlineData("The ferry at dawn.The ferry at dawn.", "The ferry at dawn.")]
    [InlineData("A Royal Visit To The Harbour A Royal Visit To The Harbour", null)] // two copies a space apart are a line's own words
    [InlineData("HarbourHarbour", null)] // one word twice
    [InlineData("A Royal Visit To The Harbour", null)]
    public void A_line_run_together_with_its_copy_is_the_text_once(string line, string? once) => Assert.Equal(once, DoubledLineText.Half(line));

    [Fact]
    public void The_headline_printed_twice_is_the_title_once()
    {
        var page = TextPageSplitter.Split("""
            A Royal Visit To The HarbourA Royal Visit To The Harbour

            Nadia Osei travels to the old port for a taste of fast sailing and a long lunch on the quay, where the fleet came in at noon.

            The regatta has been held every June since 1921, and this year forty boats crossed the line before the wind turned.
            """);
        Assert.Equal("A Royal Visit To The Harbour", page.Title);
    }

    [Fact]
    public void A_paper_posting_as_itself_keeps_its_name_as_the_site()
    {
        var page = TextPageSplitter.Split("""
            Tuesday, September 24, 2013 · Log in · Register

            Harbour Valley RegisterHarbour Valley Register

            Ferry schedule changes for winter

            Submitted by Harbour Valley Register on Wed, 09/25/2013 - 08:15.

            The county ferry will run four crossings a day from November, down from six, the transport board decided on Monday.

            The board said fewer passengers ride in winter, and the savings will pay for repairs to the north landing.

            © 2013 Harbour Valley Register · 118 Depot St.
            """);
        Assert.Equal("Harbour Valley Register", page.Site);
    }
}
