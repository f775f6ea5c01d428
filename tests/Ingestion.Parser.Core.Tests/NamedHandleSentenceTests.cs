using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A post listing people and where readers can follow them ("Name: You can keep following Name at @handle on Twitter.
/// Old posts stay at @Name44.") is its text: a sentence after the name's colon is no contact line.
/// </summary>
public class NamedHandleSentenceTests
{
    private const string Page = """
        <html><head><title>Where to Find the Harbour Council Online</title></head><body>
        <article><h1>Where to Find the Harbour Council Online</h1>
        <p>The council's term ends this month, and its members wanted readers to know where they will keep writing about the harbour and its ferries.</p>
        <ul>
        <li><strong>Dana Reyes:</strong> You can keep following Dana at <a href="https://social.example/danareyes">@danareyes</a> on Twitter. Old posts stay at @Reyes44.</li>
        <li><strong>Milo Brandt:</strong> You can keep following Milo at <a href="https://social.example/milobrandt">@milobrandt</a> on Twitter. Old posts stay at @Brandt44.</li>
        </ul>
        <p>Thank you for reading along with us through four busy years of meetings, votes and harbour dredging.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_name_then_a_sentence_with_handles_is_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "post.html");

        Assert.Contains("Dana Reyes: You can keep following Dana at @danareyes on Twitter. Old posts stay at @Reyes44.", page.BodyParagraphs);
        Assert.Contains("Milo Brandt: You can keep following Milo at @milobrandt on Twitter. Old posts stay at @Brandt44.", page.BodyParagraphs);
    }

    [Fact]
    public void A_name_then_a_telephone_and_address_is_still_a_contact_line()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry Fares Rise in Spring</title></head><body>
            <article><h1>Ferry Fares Rise in Spring</h1>
            <p>The harbour council voted on Tuesday to raise ferry fares by forty cents from April, the first rise in six years.</p>
            <p>Riders who commute daily will be offered a monthly pass at the old price until the end of the summer season.</p>
            <p>Ellis Granger: 303-954-1234, egranger@courier.example</p>
            </article></body></html>
            """), "story.html");

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Ellis Granger", StringComparison.Ordinal));
    }
}
