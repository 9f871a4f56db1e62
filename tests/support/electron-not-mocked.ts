throw new Error('A test imported `electron` without vi.mock("electron"); the real module cannot load in Node.');
