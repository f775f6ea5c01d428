using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedTrailEchoedBelowTests
{
    private const string Headline = "Dr. Ines Valk on »Tablets in the Classroom: Help or Hype?«";

    private static ParsedPage Parse(string trailEnd, string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
           Free delivery
           orders(at)harbourpress.example(0 41 22) 50 60-1 12
           Pay safely
             * Children's books
             * Education

            1. Harbour Press
            2. Education
            3. {{trailEnd}}

           Wednesday, 20 February 2019, 2:45 pm to 3:45 pm, Cologne

        {{heading}}

           A panel at the education fair

           Schools across the country are being pushed to teach with screens, and the ministry says pupils who fall behind will catch up faster with them.

           Moderated by Peter Lund, Evening Courier
        """), "page.txt");

    [Fact]
    public void The_heading_that_repeats_a_numbered_trails_last_crumb_is_the_title()
    {
        var page = Parse(Headline, Headline);

        Assert.Equal(Headline, page.Title);
        Assert.StartsWith("Schools across the country", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_numbered_list_of_steps_in_the_text_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Lemon Sponge in Twenty Minutes

            By Ada Brook

            A sponge for a weeknight needs no mixer and only three bowls, and the lemon keeps it moist for days afterwards.

            1. Heat the oven to 180 degrees and butter a tin.
            2. Whisk the eggs with the sugar until the mixture turns pale.
            3. Fold in the flour and the zest, then bake for twenty minutes.

            Let it cool in the tin before you turn it out, or it will break along the middle.
            """), "page.txt");

        Assert.Equal("Lemon Sponge in Twenty Minutes", page.Title);
        Assert.Contains("3. Fold in the flour and the zest, then bake for twenty minutes.", page.BodyParagraphs);
    }
}
