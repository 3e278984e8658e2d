namespace Workbench.Core;
