using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommaGluedToNextTagTests
{
    private static ParsedPage Parse(string tags) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        Why our build got slower

        By Rosalind Achterberg

        The build took four minutes in spring and eleven by autumn, and nobody had changed the compiler flags at all.

        The culprit was a test fixture that copied the whole asset folder for every case instead of once per run.

        Topics:
        {{tags}}
        """), "page.txt");

    [Fact]
    public void Tags_printed_with_each_comma_before_the_next_one_are_read()
    {
        Assert.Equal(["continuous integration", "testing", "build tools"], Parse("continuous integration ,testing ,build tools").Tags);
    }

    [Fact]
    public void A_line_with_its_commas_after_the_words_is_read_as_before()
    {
        Assert.True(CommaGluedToNextTag.Separates("continuous integration ,testing ,build tools"));
        Assert.False(CommaGluedToNextTag.Separates("We tried it , and then, well, it broke"));
        Assert.False(CommaGluedToNextTag.Separates("no commas here"));
    }
}
