using MudBlazor;

namespace Workbench.Components.Layout;

internal static class WorkbenchTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#b5651d",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
            Surface = "#ffffff",
            TextPrimary = "#1d2430",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Noto Sans", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
