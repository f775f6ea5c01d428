using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadInHeadingOverTextTests
{
    [Theory]
    [InlineData("Gründe der Kammer:", true)]
    [InlineData("What the council decided:", true)]
    [InlineData("Update:", false)]
    [InlineData("Share this story:", false)]
    [InlineData("Related stories:", false)]
    [InlineData("Beschlossen am: 3.5.2010", false)]
    [InlineData("The council met on Monday to decide on the new budget for the harbour district:", false)]
    public void A_short_crosshead_ending_in_a_colon_leads_in(string line, bool leadIn) => Assert.Equal(leadIn, LeadInHeadingOverText.Is(line));

    [Fact]
    public void A_crosshead_over_the_first_paragraph_opens_the_text()
    {
        var body = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="de"><head><title>LG Nordstadt: Gartenzaun</title></head><body>
            <div id="content"><div class="post"><h2 class="entry-title">LG Nordstadt: Gartenzaun</h2><div class="b_text">
            <div class="blog-meta"><p class="time">3 Mai 2012, 09:10</p><p class="user"><a href="/author/lena/">Lena Voss</a></p></div>
            <h3>Gründe der Kammer:</h3>
            <p>Die Nachbarin kann nicht verlangen, dass der Zaun zwischen den beiden Gärten fällt, weil sie ihm selbst zugestimmt hat.</p>
            <h3>Entscheidung</h3>
            <p>Die Klage wird abgewiesen. Die Nachbarin trägt die Kosten, und der Zaun bleibt, wo er seit zwölf Jahren steht.</p>
            </div></div></div></body></html>
            """), "page.html").BodyParagraphs;

        Assert.Equal("Gründe der Kammer:", body[0]);
        Assert.Equal(4, body.Count);
    }
}
