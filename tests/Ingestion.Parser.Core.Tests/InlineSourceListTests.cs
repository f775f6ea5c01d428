using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineSourceListTests
{
    [Theory]
    [InlineData("SOURCES: Grace Whitley, PhD, exercise researcher. Journal of Applied Aging, Sept. 2013.")]
    [InlineData("REFERENCES: Okafor P. et al. Annals of Sleep Medicine, Sept. 2013.")]
    public void A_capitals_label_with_the_list_on_its_line_is_a_source_list(string line) => Assert.True(InlineSourceList.Is(line));

    [Theory]
    [InlineData("Sources: the mayor and two council members said the vote would wait until October.")]
    [InlineData("Sources said the deal could be signed as soon as Monday.")]
    [InlineData("SOURCES:")]
    [InlineData("Researchers had 10 people aged 60 and older try three exercise routines.")]
    public void Prose_or_the_label_alone_is_no_inline_list(string line) => Assert.False(InlineSourceList.Is(line));
}
