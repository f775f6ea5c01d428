using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class NameCommaDayFirstDateTests
{
    [Theory]
    [InlineData("Sabine Lechner, 12. März 2013, 14:05", "Sabine Lechner")]
    [InlineData("Katharina Egger, 12.03.2013, 09:41", "Katharina Egger")]
    [InlineData("By June Pratt, 3:31 PM on Wed Oct 10 2007", null)]
    [InlineData("Wien, 12. März 2013", null)]
    [InlineData("Posted: Tuesday, 17 September 2013 4:12 pm", null)]
    [InlineData("Updated Monday, 29 October 2012 4:15 PM", null)]
    public void An_austrian_bare_name_before_its_date_is_the_writer(string line, string? writer)
    {
        NameCommaDayFirstDate.TryRead(line, out var names, out _);
        Assert.Equal(writer, names is [var only] ? only : null);
    }
}
