using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmptyCreditLabelTests
{
    [Theory]
    [InlineData("(Foto: )", "")]
    [InlineData("(Bild:  )", "")]
    [InlineData("Fährmagazin März 2020 (Bild: )", "Fährmagazin März 2020")]
    [InlineData("Die neue Fähre am Anleger. (Foto: Lena Voss)", "Die neue Fähre am Anleger. (Foto: Lena Voss)")]
    [InlineData("The ferry (left) at the pier", "The ferry (left) at the pier")]
    [InlineData("Ratio (1:2) of the hull", "Ratio (1:2) of the hull")]
    public void A_credit_label_with_no_credit_goes(string caption, string expected) =>
        Assert.Equal(expected, EmptyCreditLabel.Without(caption));
}
